import { readFile, writeFile } from 'node:fs/promises';
import { InvalidRequestError, type Conversation, type StreamPart } from '@g4f/core';

/** The conversation kept in `path`, or undefined when the file does not exist yet (the first question). */
export async function readConversationFile(path: string): Promise<Conversation | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InvalidRequestError(`cannot read the conversation file ${path} (${(error as Error).message}).`, { cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (typeof value !== 'object' || value === null || typeof (value as { provider?: unknown }).provider !== 'string') {
    throw new InvalidRequestError(`${path} holds no conversation (a JSON object naming its provider, as g4f chat --conversation writes it); remove the file to start anew.`);
  }
  return value as Conversation;
}

/**
 * Writes the conversation to `path`, readable by its owner only: it may hold the Space's session
 * cookies. Where the answer carried none (a Space that keeps no conversation), the file stays as it was.
 */
export async function writeConversationFile(path: string, conversation: Conversation): Promise<void> {
  await writeFile(path, `${JSON.stringify(conversation, null, 2)}\n`, { mode: 0o600 });
}

/** Passes the parts on, handing the conversation of the finish part, if any, to `keep`. */
export async function* keepConversation(parts: AsyncIterable<StreamPart>, keep: (conversation: Conversation) => void): AsyncGenerator<StreamPart> {
  for await (const part of parts) {
    if (typeof part === 'object' && part.type === 'finish' && part.conversation !== undefined) keep(part.conversation);
    yield part;
  }
}
