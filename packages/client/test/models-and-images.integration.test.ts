import { describe, expect, it } from 'vitest';
import { detectImageType, InvalidRequestError, ModelNotFoundError } from '@g4f/core';
import { Client } from '@g4f/client';
import { localSpaceUrl } from '@g4f/local-space/testing';

const flux = localSpaceUrl('flux');

describe('client.models', () => {
  it('lists the registered models as OpenAI does, with g4f\'s aliases', async () => {
    const { object, data } = await new Client().models.list();
    expect(object).toBe('list');
    expect(data).toContainEqual(expect.objectContaining({ id: 'qwen-qvq-72b-preview', object: 'model', aliases: expect.arrayContaining(['qvq-72b']) as string[] }));
  });

  it('retrieves a model by alias, and throws ModelNotFoundError for an unknown one', async () => {
    expect(await new Client().models.retrieve('QVQ-72B')).toMatchObject({ id: 'qwen-qvq-72b-preview', owned_by: 'Qwen_QVQ_72B' });
    await expect(new Client().models.retrieve('gpt-nothing')).rejects.toBeInstanceOf(ModelNotFoundError);
  });
});

describe('client.images before any Space is asked', () => {
  it('refuses n > 1, a bad size and a chat model, saying what to do', async () => {
    const images = new Client().images;
    await expect(images.generate({ model: 'flux', prompt: 'x', n: 3 })).rejects.toThrow(new InvalidRequestError('n must be 1, not 3: a Space draws one image a call; send one request per image.'));
    await expect(images.generate({ model: 'flux', prompt: 'x', size: 'big' })).rejects.toThrow('size must be "auto" or WIDTHxHEIGHT');
    await expect(images.generate({ model: 'qvq-72b', prompt: 'x' })).rejects.toThrow('qwen-qvq-72b-preview does not draw images');
  });
});

describe.skipIf(flux === undefined)('client.images against the local FLUX Space', () => {
  const client = () => new Client({ baseUrl: flux });

  it('draws an image and gives its URL on the Space', async () => {
    const result = await client().images.generate({ model: 'flux-dev', prompt: 'a lighthouse', size: '256x256' });
    expect(result).toMatchObject({ provider: 'BlackForestLabs_Flux1Dev', data: [{ revised_prompt: 'a lighthouse' }] });
    const bytes = new Uint8Array(await (await fetch(result.data[0]?.url ?? '')).arrayBuffer());
    expect(await detectImageType(bytes)).toBe('image/png');
  });

  it('draws an image and gives its bytes as b64_json', async () => {
    const result = await client().images.generate({ model: 'flux-dev', prompt: 'a tree', response_format: 'b64_json' });
    expect(await detectImageType(new Uint8Array(Buffer.from(result.data[0]?.b64_json ?? '', 'base64')))).toBe('image/png');
  });
});
