/** Secret values seen at run time (API keys, tokens), so that no message can carry them. */
const knownSecrets = new Set<string>();

// Shapes of tokens that must never be shown, even when nobody registered them.
const SECRET_PATTERNS: readonly [RegExp, string][] = [
  [/\bhf_[A-Za-z0-9]{8,}/g, 'hf_***'],
  [/\bsk-[A-Za-z0-9_-]{8,}/g, 'sk-***'],
  [/\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{4,}/gi, '$1 ***'],
  [/\b((?:api[_-]?key|access[_-]?token|token|password)=)[^&\s"']+/gi, '$1***'],
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
