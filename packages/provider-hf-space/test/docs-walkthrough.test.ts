import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);

describe('docs/adding-a-space-provider.md', () => {
  it('shows each walkthrough file exactly as it is in the repository', async () => {
    const doc = await readFile(new URL('docs/adding-a-space-provider.md', root), 'utf8');
    const blocks = [...doc.matchAll(/<!-- walkthrough: (\S+) -->\n```ts\n([\s\S]*?)```/g)];
    expect(blocks.length).toBeGreaterThan(0);
    for (const [, path = '', code] of blocks) {
      expect(code, path).toBe(await readFile(new URL(path, root), 'utf8'));
    }
  });

  it('keeps the walkthrough provider well under 40 lines', async () => {
    const source = await readFile(new URL('packages/provider-hf-space/src/providers/qwen-qwen-2-5-max.ts', root), 'utf8');
    expect(source.trimEnd().split('\n').length).toBeLessThan(30);
  });
});
