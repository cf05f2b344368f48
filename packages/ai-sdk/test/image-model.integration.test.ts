import { APICallError, NoSuchModelError, UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { generateImage } from 'ai';
import { describe, expect, it } from 'vitest';
import { createG4F, g4f } from '@g4f/ai-sdk';
import { localSpaceUrl } from '@g4f/local-space/testing';

const flux = localSpaceUrl('flux');

// A PNG's width and height sit at bytes 16 to 24 of its header.
const pngSize = (bytes: Uint8Array) => {
  const header = Buffer.from(bytes);
  return [header.readUInt32BE(16), header.readUInt32BE(20)];
};

describe('g4f image models before any Space is asked', () => {
  it('gives NoSuchModelError for a model that does not draw, or none at all', () => {
    expect(() => g4f.image('qvq-72b')).toThrow(NoSuchModelError);
    expect(() => g4f.image('qvq-72b')).toThrow('qwen-qvq-72b-preview does not draw images');
    expect(() => g4f.imageModel('fluxx')).toThrow(NoSuchModelError);
  });

  it('refuses an input image (editing) with UnsupportedFunctionalityError', async () => {
    const call = generateImage({ model: g4f.image('flux'), prompt: { text: 'a cat', images: [new Uint8Array([1, 2, 3])] }, maxRetries: 0 });
    await expect(call).rejects.toSatisfy((error) => UnsupportedFunctionalityError.isInstance(error));
  });
});

describe.skipIf(flux === undefined)('g4f image models against the local FLUX Space', () => {
  const local = createG4F({ baseUrls: { BlackForestLabs_Flux1Dev: flux ?? '' } });

  it('generateImage draws the prompt at the size asked, as PNG bytes, saying who drew it', async () => {
    const { image, providerMetadata, responses } = await generateImage({ model: local.image('flux'), prompt: 'a lighthouse', size: '64x32' });
    expect(image.mediaType).toBe('image/png');
    expect(pngSize(image.uint8Array)).toEqual([64, 32]);
    expect(providerMetadata).toMatchObject({ g4f: { images: [{ provider: 'BlackForestLabs_Flux1Dev', model: 'flux-dev' }] } });
    expect(responses[0]?.modelId).toBe('flux-dev');
  });

  it('draws n images with one call each, and takes the Space\'s settings from providerOptions.g4f', async () => {
    const { images } = await generateImage({ model: local.image(''), prompt: 'a tree', n: 2, providerOptions: { g4f: { width: 16, height: 48 } } });
    expect(images.map((image) => pngSize(image.uint8Array))).toEqual([[16, 48], [16, 48]]);
  });

  it('gives a bad size as an APICallError 400 saying what to give', async () => {
    const call = generateImage({ model: local.image('flux'), prompt: 'x', aspectRatio: '4:3' });
    await expect(call).rejects.toSatisfy((error) => APICallError.isInstance(error) && error.statusCode === 400);
    await expect(call).rejects.toThrow('aspectRatio');
  });
});
