/** The audio formats the server takes in an `input_audio` part, as OpenAI names them. */
export const AUDIO_FORMATS = ['wav', 'mp3', 'ogg', 'flac', 'webm'] as const;

/** An audio format the server takes. */
export type AudioFormat = (typeof AUDIO_FORMATS)[number];

// The names browsers give these files. A .webm is often video/webm even with sound only; the
// server sniffs the bytes anyway, so the format only names the file.
const BY_MIME_TYPE: Readonly<Record<string, AudioFormat>> = {
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/vnd.wave': 'wav',
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/ogg': 'ogg',
  'audio/opus': 'ogg',
  'application/ogg': 'ogg',
  'audio/flac': 'flac',
  'audio/x-flac': 'flac',
  'audio/webm': 'webm',
  'video/webm': 'webm',
};

const BY_EXTENSION: Readonly<Record<string, AudioFormat>> = { wav: 'wav', mp3: 'mp3', ogg: 'ogg', oga: 'ogg', opus: 'ogg', flac: 'flac', webm: 'webm' };

/** The format of an audio file the server takes, from its type or (when the browser gives none) its name; undefined for anything else. */
export function audioFormatOf(file: File): AudioFormat | undefined {
  const type = file.type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type !== '' && type !== 'application/octet-stream') return BY_MIME_TYPE[type];
  return BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''];
}
