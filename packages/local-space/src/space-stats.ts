/** Generation counts the local QVQ Space keeps, to see what reached the server (the `qvq` app only). */
export interface SpaceStats {
  started: number;
  finished: number;
  cancelled: number;
  /** Jobs under way now. */
  running: number;
  /** The most jobs ever under way at once. */
  peak: number;
}

/** Reads the local Space's `stats` endpoint over Gradio's call route with plain fetch. */
export async function spaceStats(baseUrl: string): Promise<SpaceStats> {
  const started = await fetch(`${baseUrl}/gradio_api/call/stats`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ data: [] }),
  });
  const { event_id: eventId } = (await started.json()) as { event_id: string };
  const events = await (await fetch(`${baseUrl}/gradio_api/call/stats/${eventId}`)).text();
  const complete = /event: complete\ndata: (.*)\n/.exec(events)?.[1];
  if (complete === undefined) throw new Error(`no complete event from stats: ${events}`);
  return (JSON.parse(complete) as [SpaceStats])[0];
}

/** Polls `check` until it holds or `timeoutMs` passes; returns whether it held. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
