/**
 * The main job: the `g4f` CLI streams Qwen_QVQ_72B's answer about an example image.
 *
 *   pnpm demo                        against a local Gradio Space started here (no network needed)
 *   pnpm demo "Is it green?"         another question
 *   pnpm demo --remote               against the real Space on Hugging Face (network; HF_TOKEN optional)
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot, startLocalSpace, type LocalSpace } from '@g4f/local-space';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { remote: { type: 'boolean', default: false } } });
const root = repoRoot();
const question = positionals.length > 0 ? positionals : ['What is in this image? Describe it briefly.'];

let space: LocalSpace | undefined;
try {
  if (!values.remote) {
    process.stderr.write('Starting the local Gradio Space (real Gradio 5.9.1 on 127.0.0.1)...\n');
    space = await startLocalSpace({ app: 'qvq', env: { SPACE_TOKEN_DELAY: '0.05' } });
  }
  const args = ['chat', '-m', 'qvq-72b', '--image', join(root, 'fixtures/images/green-640x480.jpg'), ...(space ? ['--base-url', space.url] : []), ...question];
  process.stderr.write(`$ g4f ${args.map((arg) => (arg.includes(' ') ? JSON.stringify(arg) : arg)).join(' ')}\n`);
  const child = spawn(process.execPath, [join(root, 'packages/cli/dist/main.js'), ...args], { stdio: 'inherit' });
  process.exitCode = await new Promise<number>((resolve) => child.on('close', (code) => { resolve(code ?? 1); }));
} finally {
  await space?.stop();
}
