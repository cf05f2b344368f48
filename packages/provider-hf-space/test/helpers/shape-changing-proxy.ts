import { startForwardingProxy, type ForwardingProxy } from './forwarding-proxy.js';

/** What every output becomes: a shape no provider reads. */
const CHANGED_OUTPUT = { changed: 'shape' };

// One `data:` line of an event stream, its outputs replaced; queue edits are dropped (heartbeats in
// their place), as they would edit outputs that are no longer there.
function changeShape(line: string): string {
  // chat-ui's answer: each JSON line (a message update) becomes the changed shape.
  if (line.trimStart().startsWith('{')) return JSON.stringify(CHANGED_OUTPUT);
  if (!line.startsWith('data: ')) return line;
  let event: unknown;
  try {
    event = JSON.parse(line.slice(6));
  } catch {
    return line;
  }
  const reshape = (data: unknown): unknown => (Array.isArray(data) ? data.map(() => CHANGED_OUTPUT) : data);
  if (Array.isArray(event)) return `data: ${JSON.stringify(reshape(event))}`;
  const message = event as { msg?: string; output?: { data?: unknown } } | null;
  if (message?.msg === 'process_generating') return 'data: {"msg":"heartbeat"}';
  if (message?.msg === 'process_completed' && message.output !== undefined) {
    return `data: ${JSON.stringify({ ...message, output: { ...message.output, data: reshape(message.output.data) } })}`;
  }
  return line;
}

/**
 * A proxy in front of a real Space whose answers keep their protocol but change their outputs'
 * shape, as a Space does when its owner swaps an output component: the queue's last message and
 * the call route's events carry `{"changed": "shape"}` for every output, as does every JSON line of
 * a chat-ui answer.
 */
export function startShapeChangingProxy(target: string): Promise<ForwardingProxy> {
  return startForwardingProxy(target, { rewriteEventLine: changeShape });
}
