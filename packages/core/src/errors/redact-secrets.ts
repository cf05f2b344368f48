/** Secret values seen at run time (API keys, tokens), so that no message can carry them. */
const knownSecrets = new Set<string>();

// Shapes of tokens that must never be shown, even when nobody registered them.
const SECRET_PATTERNS: readonly [RegExp, string][] = [
  [/\bhf_[A-Za-z0-9]{8,}/g, 'hf_***'],
  [/\bsk-[A-Za-z0-9_-]{8,}/g, 'sk-***'],
  [/\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{4,}/gi, '$1 ***'],
  [/\b((?:api[_-]?key|access[_-]?token|token|password)=)[^&\s"']+/gi, '$1***'],
  // The user and password of a URL ("http://user:hf_x@host/").
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"']+@/gi, '$1***@'],
];

/** Remembers a secret so that `redactSecrets` hides it wherever it appears. */
export function registerSecret(secret: string | undefined): void {
  // Very short values would turn ordinary words into asterisks.
  if (secret !== undefined && secret.length >= 6) knownSecrets.add(secret);
}

/** Replaces every known secret and token-shaped string in `text` with asterisks. */
export function redactSecrets(text: string): string {
  let result = text;
  for (const secret of knownSecrets) result = result.split(secret).join('***');
  for (const [pattern, replacement] of SECRET_PATTERNS) result = result.replace(pattern, replacement);
  return result;
}

const MAX_CAUSE_DEPTH = 8;

/**
 * Removes secrets from an error's cause chain in place (message, stack, string fields, nested
 * causes), so that `util.inspect(error)` or a logger shows none. Identity is kept, so a caller can
 * still test the cause's class; what cannot be written (a frozen error) is left as it is.
 */
export function redactCause(cause: unknown, depth = 0, seen = new Set<object>()): void {
  if (typeof cause !== 'object' || cause === null || seen.has(cause) || depth > MAX_CAUSE_DEPTH) return;
  seen.add(cause);
  const fields = cause as Record<string, unknown>;
  for (const key of [...Object.keys(fields), 'message', 'stack']) {
    const value = fields[key];
    if (typeof value !== 'string') continue;
    const redacted = redactSecrets(value);
    if (redacted === value) continue;
    try {
      fields[key] = redacted;
    } catch {
      // A frozen or read-only field: nothing to do without losing the error.
    }
  }
  redactCause(fields.cause, depth + 1, seen);
  if (Array.isArray(fields.errors)) for (const inner of fields.errors) redactCause(inner, depth + 1, seen);
}
