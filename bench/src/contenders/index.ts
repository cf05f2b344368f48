import type { Contender } from './contender.js';
import { g4fTs } from './g4f-ts.js';
import { gradioClient } from './gradio-client.js';
import { rawFetch } from './raw-fetch.js';
import { rawNodeHttp } from './raw-node-http.js';

/** A contender as the bench knows it: its name, the route it reads, and how to make it. */
export interface ContenderEntry {
  name: string;
  /** The Gradio route it reads the answer from; its floor is `raw node:http <route>`. */
  route: 'queue' | 'call';
  /** Makes the Node contender; absent for the Python ones, which bench/python/child.py runs. */
  make?: () => Contender;
}

/** Every contender, in the order the report lists them. */
export const contenders: readonly ContenderEntry[] = [
  { name: 'g4f-ts queue', route: 'queue', make: () => g4fTs('queue') },
  { name: 'g4f-ts call', route: 'call', make: () => g4fTs('call') },
  { name: 'raw fetch queue', route: 'queue', make: () => rawFetch('queue') },
  { name: 'raw fetch call', route: 'call', make: () => rawFetch('call') },
  { name: 'raw node:http queue', route: 'queue', make: () => rawNodeHttp('queue') },
  { name: 'raw node:http call', route: 'call', make: () => rawNodeHttp('call') },
  { name: '@gradio/client', route: 'queue', make: () => gradioClient() },
  { name: 'g4f (Python)', route: 'call' },
  { name: 'gradio_client (Python)', route: 'queue' },
];

/** The contender named `name`; throws for an unknown one. */
export function contenderNamed(name: string): ContenderEntry {
  const entry = contenders.find((candidate) => candidate.name === name);
  if (entry === undefined) throw new Error(`unknown contender ${name}`);
  return entry;
}

/** The floor a contender is compared with: the raw node:http reader of its route. */
export function floorOf(name: string): string {
  return `raw node:http ${contenderNamed(name).route}`;
}
