/** One provider's failure inside a fallback chain. */
export interface ProviderFailure {
  /** The provider's name. */
  provider: string;
  /** What it threw, or the EmptyAnswerError of an answer with nothing in it. */
  error: unknown;
}
