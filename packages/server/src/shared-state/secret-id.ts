import { createHash } from 'node:crypto';

/** A stable name for a secret (an API key, an HF token) to key shared state by, from which the secret cannot be read back. */
export function secretId(secret: string): string {
  return createHash('sha256').update(secret).digest('hex').slice(0, 24);
}
