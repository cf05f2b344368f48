import { ProtocolFault } from '../gradio/call-faults.js';

/** The conversation page's data as SvelteKit sends it: the first line of `__data.json`. */
interface SvelteKitData {
  nodes?: ({ type?: string; data?: unknown[]; error?: { message?: unknown } } | null)[];
}

const STEP = "read the conversation's last message";

/**
 * The id of the conversation's last message, the parent of the next one, from chat-ui's
 * `__data.json`: node 1 is the page, its `data` a devalue-flattened list whose first item maps
 * each key to an index (`data[data[data[data[0].messages].at(-1)].id]`, as g4f reads it). A page
 * that failed to load (a conversation this session cannot see) gives `{ error }` instead.
 */
export function lastMessageId(body: string): { id: string } | { error: string } {
  let page: NonNullable<SvelteKitData['nodes']>[number] | undefined;
  try {
    page = (JSON.parse(body.split('\n', 1)[0] ?? '') as SvelteKitData).nodes?.[1];
  } catch (error) {
    throw new ProtocolFault(STEP, "SvelteKit's data as JSON", JSON.stringify(body.slice(0, 120)), { cause: error });
  }
  if (page?.type === 'error') return { error: typeof page.error?.message === 'string' ? page.error.message : 'the conversation could not be loaded' };
  const data = page?.data ?? [];
  const at = (index: unknown): unknown => (typeof index === 'number' ? data[index] : undefined);
  const root = at(0) as { messages?: unknown } | undefined;
  const messages = at(root?.messages);
  const last = Array.isArray(messages) ? (at(messages.at(-1)) as { id?: unknown } | undefined) : undefined;
  const id = at(last?.id);
  if (typeof id !== 'string') throw new ProtocolFault(STEP, 'a page whose data lists messages with ids', JSON.stringify(body.slice(0, 120)));
  return { id };
}
