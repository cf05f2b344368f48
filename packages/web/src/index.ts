import { fileURLToPath } from 'node:url';

/**
 * The folder of the built page: `index.html` and `assets/` (the script, the style sheet and
 * KaTeX's fonts, their names versioned so that they can be cached for good). The same path from
 * the sources and from dist/, as both sit beside dist/.
 */
export const webAssetsDir: string = fileURLToPath(new URL('../dist/public/', import.meta.url));

/** The page itself, served at `/` (never cached: it names the current assets). */
export const webIndexFile = 'index.html';
