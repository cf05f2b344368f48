import type { QueueProgress } from './chat-stream.js';

const ordinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

/** What the user reads while the answer has not started: "In the queue: 2nd of 3, about 12 s". */
export function describeProgress(progress: QueueProgress): string {
  const eta = progress.eta === undefined ? '' : `, about ${Math.max(1, Math.round(progress.eta))} s`;
  switch (progress.stage) {
    case 'waking':
      return 'The Space is asleep and waking up…';
    case 'building':
      return 'The Space is building…';
    case 'starting':
      return 'The Space is starting…';
    case 'uploading':
      return 'Uploading the image…';
    case 'queued': {
      const place = progress.rank === undefined ? '' : `: ${ordinal(progress.rank + 1)}${progress.queue_size === undefined ? '' : ` of ${progress.queue_size}`}`;
      return `In the queue${place}${eta}`;
    }
    case 'processing':
      return `Thinking${eta}…`;
  }
}
