import { median, spread } from './stats.js';
import type { BenchResults, LengthResult } from './bench-results.js';

const fmtKb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;
const fmtBytes = (bytes: number): string => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`);

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const signedPercent = (ratio: number): string => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)} %`;

function floorOf(contender: string): string | undefined {
  if (contender === 'g4f-ts queue') return 'raw fetch queue';
  if (contender === 'g4f-ts call') return 'raw fetch call';
  return undefined;
}

/** The Markdown of one run's results, with each target met or missed by how much. */
export function renderReport(results: BenchResults): string {
  const lengths = [...new Set(results.lengths.map((entry) => entry.length))];
  const contenders = [...new Set(results.lengths.map((entry) => entry.contender))];
  const find = (contender: string, length: number): LengthResult | undefined =>
    results.lengths.find((entry) => entry.contender === contender && entry.length === length);
  const ttfd = (entry: LengthResult | undefined) => median(entry?.timing.runs.map((run) => run.ttfdMs) ?? []);
  const cpu = (entry: LengthResult | undefined) => median(entry?.timing.runs.map((run) => run.cpuMs) ?? []);
  const perLength = (cell: (entry: LengthResult) => string) =>
    contenders.map((contender) => [contender, ...lengths.map((length) => {
      const entry = find(contender, length);
      return entry === undefined ? 'n/a' : cell(entry);
    })]);
  const lengthHeader = ['contender', ...lengths.map((length) => `${length / 1000}k chars`)];
  const out: string[] = [];
  const { setup } = results;
  out.push(`Run of ${results.date} on ${setup.cpus} cores, Node ${setup.node}; ${setup.reps} timed answers per cell, each contender in a fresh process after one untimed answer of the longest length (to let V8 compile the hot paths); the Space streams ${setup.chunkChars}-character chunks with ${setup.tokenDelay} s between them.`);

  out.push('### Time to first delta (ms, median and range)');
  out.push(table(lengthHeader, perLength((entry) => {
    const floor = floorOf(entry.contender);
    const ratio = floor === undefined ? '' : ` — ${(ttfd(entry) / ttfd(find(floor, entry.length))).toFixed(2)}× floor`;
    return `${spread(entry.timing.runs.map((run) => run.ttfdMs))}${ratio}`;
  })));
  out.push('### Total time (ms, median and range)');
  out.push(table(lengthHeader, perLength((entry) => spread(entry.timing.runs.map((run) => run.totalMs), 0))));
  out.push('### Bytes received per answer (and per character of answer)');
  out.push(table(lengthHeader, perLength((entry) => `${fmtBytes(entry.bytes)} (${(entry.bytes / entry.length).toFixed(1)})`)));
  out.push('### Client CPU per answer (ms of user+system, median; ratio to g4f-ts on the queue)');
  out.push(table(lengthHeader, perLength((entry) => `${cpu(entry).toFixed(1)} (${(cpu(entry) / cpu(find('g4f-ts queue', entry.length))).toFixed(1)}×)`)));

  const reference = (length: number) => find('g4f-ts queue', length)?.timing.textSha256;
  const differing = results.lengths.filter((entry) => entry.timing.textSha256 !== reference(entry.length)).map((entry) => `${entry.contender} at ${entry.length}`);
  const pythonSame = lengths.every((length) => find('g4f (Python)', length)?.timing.textSha256 === find('g4f-ts call', length)?.timing.textSha256);
  out.push(
    `### Same answers\n\ng4f (Python) and g4f-ts gave byte-identical answers (SHA-256) at every length: ${pythonSame ? 'yes' : '**no**'}. ` +
      `Every contender's answer was byte-identical to g4f-ts's: ${differing.length === 0 ? 'yes' : `**no** (${differing.join(', ')})`}; ` +
      `every answer had the asked length: ${results.lengths.every((entry) => entry.timing.textLength === entry.length) ? 'yes' : '**no**'}.`,
  );

  out.push('### Peak memory (RSS of the client process)');
  out.push(table(['contender', 'streams at once', 'peak RSS'], results.rss.map((entry) => [entry.contender, String(entry.concurrency), fmtKb(entry.maxRssKb)])));
  const { upload } = results;
  const added = (upload.bigRssKb - upload.tinyRssKb) * 1024;
  out.push(`Uploading a ${fmtBytes(upload.imageBytes)} image with g4f-ts: peak RSS ${fmtKb(upload.bigRssKb)} against ${fmtKb(upload.tinyRssKb)} with a tiny image, so the upload adds ${fmtBytes(added)} (${(added / upload.imageBytes).toFixed(2)}× the image).`);

  const { coldStart } = results;
  out.push(`### Cold start (median of fresh processes)\n\nNode alone: ${coldStart.nodeMs.toFixed(0)} ms; \`import('@g4f/provider-hf-space')\`: ${coldStart.importMs.toFixed(0)} ms; \`g4f --help\`: ${coldStart.helpMs.toFixed(0)} ms.`);

  const longest = Math.max(...lengths);
  const queueBytes = find('g4f-ts queue', longest)?.bytes ?? Number.NaN;
  const hundred = results.rss.find((entry) => entry.contender === 'g4f-ts queue' && entry.concurrency === 100)?.maxRssKb ?? Number.NaN;
  // g4f-ts's CPU for the longest answer, at most `share` of `other`'s.
  const cpuTarget = (name: string, other: string, share: number): [string, string, boolean] => {
    const ratio = cpu(find('g4f-ts queue', longest)) / cpu(find(other, longest));
    return [name, `${ratio.toFixed(2)}×`, ratio <= share];
  };
  const targets: [string, string, boolean][] = [
    ...(['queue', 'call'] as const).map((route): [string, string, boolean] => {
      // The first delta does not depend on the answer's length, so every length's answers are
      // pooled: a median of more samples than one cell's.
      const pooled = (contender: string) => median(results.lengths.filter((entry) => entry.contender === contender).flatMap((entry) => entry.timing.runs.map((run) => run.ttfdMs)));
      const ratio = pooled(`g4f-ts ${route}`) / pooled(`raw fetch ${route}`);
      const worst = Math.max(...lengths.map((length) => ttfd(find(`g4f-ts ${route}`, length)) / ttfd(find(`raw fetch ${route}`, length))));
      return [`time to first delta within 5 % of the raw floor (${route})`, `${signedPercent(ratio)} pooled; worst length ${signedPercent(worst)}`, ratio <= 1.05];
    }),
    cpuTarget(`CPU ≤ ½ of @gradio/client (${longest / 1000}k)`, '@gradio/client', 1 / 2),
    cpuTarget(`CPU ≤ ⅓ of Python gradio_client (${longest / 1000}k)`, 'gradio_client (Python)', 1 / 3),
    [`queue bytes ≤ 1.5× answer + fixed overhead (${longest / 1000}k)`, `${(queueBytes / longest).toFixed(1)}× the answer`, queueBytes <= 1.5 * longest + 20_000],
    ['100 concurrent streams under 150 MB RSS', fmtKb(hundred), hundred / 1024 < 150],
    ['20 MB upload adds under 2× the image', `${(added / upload.imageBytes).toFixed(2)}×`, added < 2 * upload.imageBytes],
    ['cold start under 200 ms (import, g4f --help)', `${coldStart.importMs.toFixed(0)} ms, ${coldStart.helpMs.toFixed(0)} ms`, Math.max(coldStart.importMs, coldStart.helpMs) < 200],
  ];
  out.push('### Targets');
  out.push(table(['target', 'measured', 'met'], targets.map(([name, value, met]) => [name, value, met ? 'yes' : '**no**'])));
  return `${out.join('\n\n')}\n`;
}
