/**
 * The main job: stream Qwen_QVQ_72B's answer about an image.
 *
 *   pnpm demo                          ask the local Gradio Space (started here; no network needed)
 *   pnpm demo --remote                 ask the real Space on Hugging Face (network; HF_TOKEN optional)
 *   pnpm demo --image cat.png "What is this?" --protocol call
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { isG4FError } from '@g4f/core';
import { startLocalSpace, type LocalSpace } from '@g4f/local-space';
import { Qwen_QVQ_72B, type GradioProtocol } from '@g4f/provider-hf-space';

const exampleImage = fileURLToPath(new URL('../../fixtures/images/green-640x480.jpg', import.meta.url));

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    remote: { type: 'boolean', default: false },
    image: { type: 'string', default: exampleImage },
    protocol: { type: 'string', default: 'auto' },
  },
});
const question = positionals.join(' ') || 'What is in this image? Describe it briefly.';
const protocol = values.protocol as GradioProtocol;

let space: LocalSpace | undefined;
try {
  if (!values.remote) {
    process.stderr.write('Starting the local Gradio Space (real Gradio 5.9.1 on 127.0.0.1)...\n');
    space = await startLocalSpace({ app: 'qvq', env: { SPACE_TOKEN_DELAY: '0.05' } });
  }
  const provider = Qwen_QVQ_72B.withSettings({ protocol, ...(space === undefined ? {} : { baseUrl: space.url }) });
  process.stderr.write(`Asking ${provider.label} at ${provider.url} about ${values.image}:\n\n`);

  const messages = [{ role: 'user' as const, content: question }];
  const media = [[values.image] as const];
  const apiKey = process.env.HF_TOKEN;
  for await (const chunk of provider.createAsyncGenerator('qwen-qvq-72b-preview', messages, { media, apiKey })) {
    process.stdout.write(chunk);
  }
  process.stdout.write('\n');
} catch (error) {
  // Typed errors already say what failed and what to do; anything else is a bug worth its stack.
  process.stderr.write(isG4FError(error) ? `\nError: ${error.message}\n` : `\n${String(error instanceof Error ? error.stack : error)}\n`);
  process.exitCode = 1;
} finally {
  await space?.stop();
}
