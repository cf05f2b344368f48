import { ResponseStatusError } from '@g4f/core';

/**
 * Where a Space's API routes are: its root plus a prefix ("/gradio_api" since Gradio 5, none on
 * Gradio 4). `/config` tells the prefix; without it, the first request of a call tries each
 * likely prefix while the Space answers 404, and keeps the one that answered.
 */
export class SpaceApi {
  private candidates: readonly string[];

  /** `prefixes`: the one `/config` gave, or the likely ones in order. */
  constructor(baseUrl: string, prefixes: readonly string[]) {
    this.candidates = [...new Set(prefixes)].map((prefix) => `${baseUrl}${prefix}`);
  }

  /** The API's URL: the one that answered, or the likeliest until a request has. */
  get url(): string {
    return this.candidates[0] ?? '';
  }

  /** Runs the first request of a call at each candidate URL in turn while it ends in a 404. */
  async first<T>(request: (apiUrl: string) => Promise<T>): Promise<T> {
    const [likeliest = '', ...others] = this.candidates;
    let firstError: unknown;
    for (const apiUrl of [likeliest, ...others]) {
      try {
        const result = await request(apiUrl);
        this.candidates = [apiUrl];
        return result;
      } catch (error) {
        if (!ResponseStatusError.isInstance(error) || error.status !== 404) throw error;
        // The likeliest prefix's 404 is the one worth reporting.
        firstError ??= error;
      }
    }
    throw firstError;
  }
}
