/** Audio types the helpers accept, as MIME types. */
export const SUPPORTED_AUDIO_TYPES: readonly string[] = ['audio/wav', 'audio/mpeg', 'audio/ogg', 'audio/flac', 'audio/webm'];

// What file-type reports for each (with codec parameters cut off), where it differs: it cannot
// tell an audio-only WebM from a video, and older names of WAV and FLAC are still about.
const REPORTED_AS: Readonly<Record<string, string>> = {
  'video/webm': 'audio/webm',
  'audio/x-wav': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
  'audio/x-flac': 'audio/flac',
  'audio/opus': 'audio/ogg',
};

/** The supported audio type a sniffed MIME type means ("audio/ogg; codecs=opus" is "audio/ogg"); undefined for anything else. */
export function audioTypeOf(sniffed: string): string | undefined {
  const base = sniffed.split(';')[0]?.trim() ?? '';
  const type = REPORTED_AS[base] ?? base;
  return SUPPORTED_AUDIO_TYPES.includes(type) ? type : undefined;
}

/** The usual file extension for a supported audio MIME type: "wav", "mp3", ... */
export function audioExtension(mimeType: string): string {
  return mimeType === 'audio/mpeg' ? 'mp3' : (mimeType.split('/')[1] ?? 'bin');
}
