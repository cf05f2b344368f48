import { ProxyAgent } from 'undici';

const agents = new Map<string, ProxyAgent>();

/**
 * A fetch that sends every request through `proxyUrl`. It calls the global fetch with an undici
 * ProxyAgent as dispatcher (undici's own fetch refuses ky's Request objects).
 */
export function proxyFetch(proxyUrl: string): typeof fetch {
  let agent = agents.get(proxyUrl);
  if (agent === undefined) {
    agent = new ProxyAgent(proxyUrl);
    agents.set(proxyUrl, agent);
  }
  const dispatcher = agent;
  // Node's fetch takes undici's dispatchers; its bundled undici types differ from undici 7's.
  return (input, init) => fetch(input, { ...init, dispatcher } as unknown as RequestInit);
}
