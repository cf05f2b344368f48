/** The largest image accepted by default: 32 MiB, above the 20 MB a big photo needs. */
export const DEFAULT_MAX_MEDIA_BYTES = 32 * 1024 * 1024;

/** Options of the media helpers. */
export interface MediaOptions {
  /** The largest image accepted, in bytes. Default: DEFAULT_MAX_MEDIA_BYTES (32 MiB). */
  maxBytes?: number | undefined;
}
