import { serveStatic } from '@hono/node-server/serve-static';
import { webAssetsDir, webIndexFile } from '@g4f/web';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { errorBody } from '../openai-error.js';
import type { ServerEnv } from '../server-env.js';

/**
 * `GET /`: the chat page (`@g4f/web`), and `GET /assets/*` its script, styles and fonts. The
 * page is never cached (it names the current assets); the assets' names carry their content
 * hash or version, so browsers keep them for a year.
 */
export function registerWebPageRoutes(app: Hono<ServerEnv>): void {
  const indexFile = join(webAssetsDir, webIndexFile);
  app.get('/', async (c, next) => {
    if (!existsSync(indexFile)) return c.json(errorBody(`The chat page is not built (${indexFile} is missing); run "pnpm build". The API is at /v1.`, 'server_error', 'page_not_built'), 500);
    c.header('Cache-Control', 'no-cache');
    return serveStatic({ path: indexFile })(c, next);
  });
  app.use(
    '/assets/*',
    serveStatic({
      root: webAssetsDir,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
}
