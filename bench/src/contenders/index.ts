import type { Contender } from './contender.js';
import { g4fTs } from './g4f-ts.js';
import { gradioClient } from './gradio-client.js';
import { rawFetch } from './raw-fetch.js';
import { rawNodeHttp } from './raw-node-http.js';

/** The Node contenders by name; the Python ones run from bench/python/child.py. */
export const nodeContenders: Record<string, () => Contender> = {
  'g4f-ts queue': () => g4fTs('queue'),
  'g4f-ts call': () => g4fTs('call'),
  'raw fetch queue': () => rawFetch('queue'),
  'raw fetch call': () => rawFetch('call'),
  'raw node:http queue': () => rawNodeHttp(),
  '@gradio/client': () => gradioClient(),
};

/** The Python contenders, run in the Gradio virtualenv. */
export const pythonContenders = ['g4f (Python)', 'gradio_client (Python)'] as const;
