import type { ProxyAgent } from 'undici';

const agents = new Map<string, Promise<ProxyAgent>>();

/** The proxy's undici agent, one per proxy URL; undici is loaded only when a proxy is used (importing it costs about 100 ms). */
export function agentFor(proxyUrl: string): Promise<ProxyAgent> {
  let agent = agents.get(proxyUrl);
  if (agent === undefined) {
    agent = import('undici').then(({ ProxyAgent }) => new ProxyAgent(proxyUrl));
    agents.set(proxyUrl, agent);
  }
  return agent;
}

/**
 * A fetch that sends every request through `proxyUrl`. It calls the global fetch with an undici
 * ProxyAgent as dispatcher (undici's own fetch refuses ky's Request objects).
 */
export function proxyFetch(proxyUrl: string): typeof fetch {
  // Node's fetch takes undici's dispatchers; its bundled undici types differ from undici 7's.
  return async (input, init) => fetch(input, { ...init, dispatcher: await agentFor(proxyUrl) } as unknown as RequestInit);
}
