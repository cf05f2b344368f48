import { cellOf, type BenchResults } from './bench-results.js';

/** The reference every answer is compared with: this project's provider on its default route. */
export const reference = 'g4f-ts queue';

/**
 * The cells where some answer differed from the reference's answer of that length (SHA-256), or
 * had another length than asked: none when every contender gave the same answer every time.
 */
export function differingAnswers(results: BenchResults): string[] {
  return results.cells
    .filter((cell) => {
      const expected = cellOf(results, reference, cell.length)?.answers[0]?.sha256;
      return expected === undefined || cell.answers.some((answer) => answer.sha256 !== expected || answer.length !== cell.length);
    })
    .map((cell) => `${cell.contender} at ${cell.length} characters${cell.concurrency > 1 ? `, ${cell.concurrency} at once` : ''}`);
}
