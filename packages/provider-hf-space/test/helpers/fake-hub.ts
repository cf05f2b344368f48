import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the Hub stand-in says of a Space's runtime, once. */
export interface HubAnswer {
  stage: string;
  /** The Space's own error text, as the Hub gives it in error stages. */
  errorMessage?: string;
}

/** A running stand-in for the Hub's API. */
export interface FakeHub {
  url: string;
  /** Each request to its API it got: its path and Authorization header (a Space's page, read for the ZeroGPU token, is not counted). */
  requests: { path: string; authorization: string | undefined }[];
  /** The stage it reported last; undefined before the first request. */
  readonly stage: string | undefined;
  close(): Promise<void>;
}

/**
 * The Hub's API on 127.0.0.1 for one Space: `GET /api/spaces/{owner}/{name}` answers the next of
 * `script` (the last one repeats) in the Hub's shape, any other path 404 (so a Space's page has no
 * ZeroGPU token).
 */
export async function startFakeHub(space: string, script: readonly HubAnswer[]): Promise<FakeHub> {
  const requests: FakeHub['requests'] = [];
  let stage: string | undefined;
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path.startsWith('/api/')) requests.push({ path, authorization: req.headers.authorization });
    if (path !== `/api/spaces/${space}`) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Repository not found"}');
      return;
    }
    const answer = script[Math.min(requests.filter((r) => r.path === path).length, script.length) - 1] ?? { stage: 'RUNNING' };
    stage = answer.stage;
    const runtime = { hardware: { current: 'cpu-basic', requested: 'cpu-basic' }, gcTimeout: 172800, ...answer };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: space, sdk: 'gradio', runtime }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get stage() {
      return stage;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
