// Builds the chat page into dist/public/: the script bundled for browsers with rolldown (the
// project's bundler; marked, KaTeX and DOMPurify inside it), the style sheet, KaTeX's style sheet
// and fonts (served by the server itself: the page fetches nothing from the internet), and
// index.html naming them. Every asset's name carries its content hash or KaTeX's version, so the
// server can let browsers cache them for good while index.html is never cached.
//
// Usage, from this package's folder: node build-page.mjs
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'rolldown';

const packageDir = process.cwd();
const pageDir = join(packageDir, 'src', 'page');
const publicDir = join(packageDir, 'dist', 'public');
const assetsDir = join(publicDir, 'assets');
await rm(publicDir, { recursive: true, force: true });
await mkdir(assetsDir, { recursive: true });

const hashOf = (text) => createHash('sha256').update(text).digest('hex').slice(0, 10);

const { output } = await build({
  input: { app: join(pageDir, 'main.ts') },
  platform: 'browser',
  tsconfig: join(packageDir, 'tsconfig.json'),
  output: { dir: assetsDir, format: 'esm', entryFileNames: '[name]-[hash].js', chunkFileNames: '[name]-[hash].js', minify: true, sourcemap: true },
});
const script = output.find((file) => file.type === 'chunk' && file.isEntry).fileName;

const css = await readFile(join(pageDir, 'style.css'), 'utf8');
const styleFile = `style-${hashOf(css)}.css`;
await writeFile(join(assetsDir, styleFile), css);

// KaTeX's style sheet finds its fonts at fonts/ beside it; browsers that run this page take woff2.
const require = createRequire(import.meta.url);
const katexDist = dirname(require.resolve('katex/dist/katex.min.css'));
const { version: katexVersion } = JSON.parse(await readFile(join(katexDist, '..', 'package.json'), 'utf8'));
const katexDir = join(assetsDir, `katex-${katexVersion}`);
await mkdir(join(katexDir, 'fonts'), { recursive: true });
await copyFile(join(katexDist, 'katex.min.css'), join(katexDir, 'katex.min.css'));
for (const font of await readdir(join(katexDist, 'fonts'))) {
  if (font.endsWith('.woff2')) await copyFile(join(katexDist, 'fonts', font), join(katexDir, 'fonts', font));
}

const html = (await readFile(join(pageDir, 'index.html'), 'utf8'))
  .replace('{{katexCss}}', `/assets/katex-${katexVersion}/katex.min.css`)
  .replace('{{styleCss}}', `/assets/${styleFile}`)
  .replace('{{appJs}}', `/assets/${script}`);
await writeFile(join(publicDir, 'index.html'), html);
