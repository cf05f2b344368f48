// Bundles a package's sources into dist/, one file per entry point, with the code that entries
// share, or that loads lazily, in chunks beside them. Node's ESM loader
// pays for every module it resolves, reads and links: importing @g4f/provider-hf-space as 62
// files cost about twice what the same code costs as a few (docs/benchmarks.md, "Cold start").
// tsc still checks the code and writes the declarations (run first); rolldown compiles each file
// as tsc does (decorators and their metadata from the tsconfig) and maps the bundle to src/.
// Dependencies stay imports, so each package is loaded once.
//
// Usage, from a package's folder: node ../../scripts/bundle-package.mjs
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { build } from 'rolldown';

const packageDir = process.cwd();
const dist = join(packageDir, 'dist');
const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));

// The built files that users reach (every export's `default`, every `bin`): dist/x.js comes from src/x.ts.
function entryFiles() {
  const exported = Object.values(manifest.exports ?? {}).map((target) => (typeof target === 'string' ? target : target.default));
  const bins = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
  return [...new Set([...exported, ...bins])].filter((file) => typeof file === 'string' && file.startsWith('./dist/'));
}

const input = Object.fromEntries(
  entryFiles().map((file) => {
    const name = file.slice('./dist/'.length, -'.js'.length);
    return [name, join(packageDir, 'src', `${name}.ts`)];
  }),
);
// The compiler's own helpers (decorators) are bundled: they are no dependency of the package.
const isDependency = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !id.startsWith('@oxc-project/runtime');

const { output } = await build({
  input,
  platform: 'node',
  tsconfig: join(packageDir, 'tsconfig.build.json'),
  // Bare imports (dependencies, sibling packages, node: builtins) stay imports.
  external: isDependency,
  // Keep the modules' side effects (typedi registrations) whatever package.json says of dist/ files.
  treeshake: { moduleSideEffects: true },
  output: {
    dir: dist,
    format: 'esm',
    entryFileNames: '[name].js',
    // Chunks sit beside the entries, so relative paths from `import.meta.url` stay what they were.
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
  },
});

// tsc's per-file JavaScript is now inside the bundles; remove it so that nothing ships twice.
const written = new Set(output.map((file) => file.fileName));
async function removeUnbundled(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await removeUnbundled(path);
    else if (/\.js(\.map)?$/.test(entry.name) && !written.has(relative(dist, path).replace(/\.map$/, ''))) await rm(path);
  }
}
await removeUnbundled(dist);
