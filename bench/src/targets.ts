import { cellOf, medianOf, type BenchResults } from './bench-results.js';
import { floorOf } from './contenders/index.js';
import { median } from './stats.js';

/** One of issue 12's targets (and the memory ones that still stand), as measured. */
export interface Target {
  name: string;
  measured: string;
  met: boolean;
}

const times = (ratio: number): string => `${ratio.toFixed(2)}×`;
const signedPercent = (ratio: number): string => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)} %`;

/** Every target, met or missed, with the number that decides it. */
export function targets(results: BenchResults): Target[] {
  const { plan } = results;
  const longest = Math.max(...plan.lengths);
  const cpu = (contender: string, concurrency: number) => medianOf(cellOf(results, contender, longest, concurrency), 'cpuMs');
  // g4f-ts's CPU for the longest answers against another's, at most `limit` times it.
  const cpuTarget = (route: 'queue' | 'call', other: string, limit: number, concurrency: number): Target => {
    const ours = cpu(`g4f-ts ${route}`, concurrency);
    const theirs = cpu(other, concurrency);
    const cell = concurrency === 1 ? `per ${longest / 1000}k answer` : `of ${concurrency} × ${longest / 1000}k answers at once`;
    // Against another client, the floor's own ratio says how far reading the stream at all allows.
    const floor = floorOf(`g4f-ts ${route}`);
    const floorNote = other === floor ? '' : `; ${floor} itself: ${times(cpu(floor, concurrency) / theirs)}`;
    return { name: `CPU ${cell}, ${route}: ≤ ${limit}× ${other}`, measured: `${times(ours / theirs)} (${ours.toFixed(0)} against ${theirs.toFixed(0)} ms${floorNote})`, met: ours / theirs <= limit };
  };
  const cpuTargets = (concurrency: number): Target[] => [
    cpuTarget('queue', '@gradio/client', 0.6, concurrency),
    cpuTarget('queue', floorOf('g4f-ts queue'), 1.15, concurrency),
    cpuTarget('call', floorOf('g4f-ts call'), 1.15, concurrency),
  ];
  const routeTargets = (['queue', 'call'] as const).flatMap((route): Target[] => {
    const ours = `g4f-ts ${route}`;
    const floor = floorOf(ours);
    // The first delta does not depend on the answer's length, so every length's answers are
    // pooled: a median of more samples than one cell's.
    const pooledTtfd = (contender: string) => median(plan.lengths.flatMap((length) => cellOf(results, contender, length)?.runs.map((run) => run.ttfdMs) ?? []));
    const ttfd = pooledTtfd(ours) / pooledTtfd(floor);
    const bytesOf = (contender: string, length: number) => results.bytes.find((entry) => entry.contender === contender && entry.length === length)?.bytes ?? Number.NaN;
    const bytes = Math.max(...plan.lengths.map((length) => bytesOf(ours, length) / bytesOf(floor, length)));
    return [
      { name: `time to first delta within 5 % of ${floor}`, measured: `${signedPercent(ttfd)} (pooled medians)`, met: ttfd <= 1.05 },
      // Headers and the timings inside Gradio's messages vary by a few bytes from answer to answer.
      { name: `bytes at the floor, ${route} (within 1 % of ${floor}, every length)`, measured: `${signedPercent(bytes)} at worst`, met: bytes <= 1.01 },
    ];
  });
  const { coldStart, upload } = results;
  const manyStreams = Math.max(...plan.rssConcurrency);
  const manyRssMb = (results.rss.find((entry) => entry.contender === 'g4f-ts queue' && entry.concurrency === manyStreams)?.maxRssKb ?? Number.NaN) / 1024;
  const uploadAdds = ((upload.bigRssKb - upload.tinyRssKb) * 1024) / upload.imageBytes;
  return [
    ...cpuTargets(1),
    ...cpuTargets(plan.concurrency),
    ...routeTargets,
    { name: "cold start: `import('@g4f/provider-hf-space')` ≤ 80 ms", measured: `${coldStart.importMs.toFixed(0)} ms`, met: coldStart.importMs <= 80 },
    { name: 'cold start: `g4f --help` ≤ 80 ms', measured: `${coldStart.helpMs.toFixed(0)} ms`, met: coldStart.helpMs <= 80 },
    { name: `${manyStreams} streams at once under 150 MB RSS`, measured: `${manyRssMb.toFixed(0)} MB`, met: manyRssMb < 150 },
    { name: 'an uploaded image adds under 2× its size to the RSS', measured: times(uploadAdds), met: uploadAdds < 2 },
  ];
}
