import { startForwardingProxy, type ForwardingProxy } from './forwarding-proxy.js';

/** A running proxy in front of a real Space. */
export interface ConfigHidingProxy extends ForwardingProxy {
  /** The paths of the requests it passed on, in order. */
  paths: string[];
}

/**
 * A proxy on 127.0.0.1 that passes every request to `target` (streams included) but answers 404
 * for `/config`, so a real Gradio looks like a Space whose config cannot be read.
 */
export async function startConfigHidingProxy(target: string): Promise<ConfigHidingProxy> {
  const paths: string[] = [];
  const proxy = await startForwardingProxy(target, {
    answer(req, res) {
      const path = req.url ?? '/';
      if (path.split('?')[0] !== '/config') {
        paths.push(path);
        return false;
      }
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"detail":"Not Found"}');
      return true;
    },
  });
  return { ...proxy, paths };
}
