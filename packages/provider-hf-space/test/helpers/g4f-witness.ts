import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Messages, StreamPart } from '@g4f/core';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../witness/run_g4f_provider.py', import.meta.url));

/** What one call gave, read the same way for g4f's provider and ours. */
export interface WitnessAnswer {
  text: string;
  reasoning: string;
  /** The thinking's status lines ("Thinking...", "End of Thought (0.1s)"), in order. */
  statuses: string[];
  /** Preview images' URLs, in order. */
  previews: string[];
  /** Final images' URLs, in order. */
  images: string[];
  /** The conversation the answer gave to continue it (g4f's JsonConversation as a dict; ours from the finish part). */
  conversation?: Record<string, unknown> | null;
}

/** What g4f's provider gave, or the error it raised. */
export type G4FOutcome = WitnessAnswer | { error: { type: string; message: string } };

/** A call of one of g4f's hf_space providers, by its class name, against a local Space. */
export interface G4FCall {
  provider: string;
  url: string;
  model: string;
  messages: Messages;
  /** Image files to send as g4f's `media`. */
  media?: string[];
  /** g4f's keyword arguments (width, height, ...). */
  kwargs?: Record<string, unknown>;
}

/** Runs g4f 0.5.3.0's own provider, unchanged but for its URL and a stubbed ZeroGPU token fetch. */
export async function callG4F(python: string, call: G4FCall): Promise<G4FOutcome> {
  const { stdout } = await run(python, [script, JSON.stringify(call)], { timeout: 60_000 });
  return JSON.parse(stdout) as G4FOutcome;
}

/** Reads our provider's stream into the same shape. */
export async function readAnswer(stream: AsyncIterable<StreamPart>): Promise<WitnessAnswer> {
  const answer: WitnessAnswer = { text: '', reasoning: '', statuses: [], previews: [], images: [] };
  for await (const part of stream) {
    if (typeof part === 'string') answer.text += part;
    else if (part.type === 'reasoning-delta') answer.reasoning += part.text;
    else if (part.type === 'reasoning-status') answer.statuses.push(part.status);
    else if (part.type === 'image') (part.preview === true ? answer.previews : answer.images).push(part.url);
    else if (part.type === 'finish' && part.conversation !== undefined) answer.conversation = part.conversation;
  }
  return answer;
}
