import { cellOf, medianOf, type BenchResults, type Cell, type Run } from './bench-results.js';
import { contenders, floorOf } from './contenders/index.js';
import { differingAnswers, reference } from './same-answers.js';
import { spread } from './stats.js';
import { targets } from './targets.js';

const fmtKb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;
const fmtBytes = (bytes: number): string => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`);

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The Markdown of one run's results, ending with each target met or missed and by how much. */
export function renderReport(results: BenchResults): string {
  const { plan, setup } = results;
  const names = contenders.map(({ name }) => name);
  const longest = Math.max(...plan.lengths);
  const measures = (cell: Cell, measure: keyof Run) => cell.runs.map((run) => run[measure]);
  // The ratio of a cell's median to its floor's, for every contender but the floors themselves.
  const toFloor = (cell: Cell, measure: keyof Run) => {
    const floor = floorOf(cell.contender);
    if (floor === cell.contender) return '';
    return ` — ${(medianOf(cell, measure) / medianOf(cellOf(results, floor, cell.length, cell.concurrency), measure)).toFixed(2)}× floor`;
  };
  const perLength = (render: (cell: Cell) => string) =>
    names.map((name) => [name, ...plan.lengths.map((length) => {
      const cell = cellOf(results, name, length);
      return cell === undefined ? 'n/a' : render(cell);
    })]);
  const lengthHeader = ['contender', ...plan.lengths.map((length) => `${length / 1000}k chars`)];
  const out: string[] = [];

  out.push(
    `${plan.smoke ? '**Smoke run: its timings mean nothing.** ' : ''}Run of ${results.date} on ${setup.cpus} cores, Node ${setup.node}; 1-minute load average ${setup.load[0].toFixed(1)} at the start and ${setup.load[1].toFixed(1)} at the end (the bench itself makes about 1.5). ` +
      `Each contender runs in a process of its own, warms up on ${longest}-character answers until its CPU per answer is steady, then at once gives ${plan.reps} timed answers of each length; ` +
      `the Space streams ${setup.chunkChars}-character chunks with ${plan.tokenDelay} s between them. ` +
      `Tables give the median of the timed answers and, in brackets, their range; "× floor" is the ratio of medians to \`raw node:http\` on the same route.`,
  );

  out.push('### Warm-up (untimed answers until the CPU per answer stopped falling)');
  out.push(table(['contender', 'answers', 'CPU of the first → last three (ms)', 'steady'], results.warmUps.map((warm) => [
    warm.contender,
    String(warm.cpuMs.length),
    `${(warm.cpuMs[0] ?? Number.NaN).toFixed(0)} → ${warm.cpuMs.slice(-3).map((cpu) => cpu.toFixed(0)).join(', ')}`,
    warm.steady ? 'yes' : `**no** (stopped at ${plan.warmUp.max})`,
  ])));

  out.push('### Time to first delta (ms)');
  out.push(table(lengthHeader, perLength((cell) => `${spread(measures(cell, 'ttfdMs'))}${toFloor(cell, 'ttfdMs')}`)));
  out.push('### Total time (ms)');
  out.push(table(lengthHeader, perLength((cell) => spread(measures(cell, 'totalMs'), 0))));
  out.push('### Bytes received per answer (and per character of answer)');
  out.push(table(lengthHeader, names.map((name) => [name, ...plan.lengths.map((length) => {
    const bytes = results.bytes.find((entry) => entry.contender === name && entry.length === length)?.bytes;
    return bytes === undefined ? 'n/a' : `${fmtBytes(bytes)} (${(bytes / length).toFixed(1)})`;
  })])));
  out.push('### Client CPU per answer (ms of user + system)');
  out.push(table(lengthHeader, perLength((cell) => `${spread(measures(cell, 'cpuMs'))}${toFloor(cell, 'cpuMs')}`)));

  out.push(`### ${plan.concurrency} answers of ${longest / 1000}k characters at once, in one process (${plan.concurrentReps} runs)`);
  out.push(table(['contender', 'total CPU (ms)', 'CPU per answer (ms)', 'wall (ms)', 'CPU × floor', 'CPU × @gradio/client'], plan.concurrentContenders.map((name) => {
    const cell = cellOf(results, name, longest, plan.concurrency);
    if (cell === undefined) return [name, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'];
    const ratioTo = (other: string) => (medianOf(cell, 'cpuMs') / medianOf(cellOf(results, other, longest, plan.concurrency), 'cpuMs')).toFixed(2);
    return [name, spread(measures(cell, 'cpuMs'), 0), (medianOf(cell, 'cpuMs') / plan.concurrency).toFixed(1), spread(measures(cell, 'totalMs'), 0), ratioTo(floorOf(name)), ratioTo('@gradio/client')];
  })));

  const differing = differingAnswers(results);
  out.push(
    `### Same answers\n\nEvery answer of every contender, at every length and ${plan.concurrency} at once, was byte-identical (SHA-256) to ${reference}'s and of the asked length: ` +
      (differing.length === 0 ? 'yes.' : `**no** (${differing.join('; ')}).`),
  );

  out.push('### Peak memory (RSS of the client process)');
  out.push(table(['contender', 'streams at once', 'peak RSS'], results.rss.map((entry) => [entry.contender, String(entry.concurrency), fmtKb(entry.maxRssKb)])));
  const { upload } = results;
  const added = (upload.bigRssKb - upload.tinyRssKb) * 1024;
  out.push(`Uploading a ${fmtBytes(upload.imageBytes)} image with g4f-ts: peak RSS ${fmtKb(upload.bigRssKb)} against ${fmtKb(upload.tinyRssKb)} with a tiny image, so the upload adds ${fmtBytes(added)} (${(added / upload.imageBytes).toFixed(2)}× the image).`);

  const { coldStart } = results;
  out.push(`### Cold start (wall time of a fresh process, median of ${plan.coldStartRuns})\n\nNode alone: ${coldStart.nodeMs.toFixed(0)} ms; \`import('@g4f/provider-hf-space')\`: ${coldStart.importMs.toFixed(0)} ms; \`g4f --help\`: ${coldStart.helpMs.toFixed(0)} ms.`);

  out.push('### Targets');
  out.push(table(['target', 'measured', 'met'], targets(results).map(({ name, measured, met }) => [name, measured, met ? 'yes' : '**no**'])));
  return `${out.join('\n\n')}\n`;
}
