import { registerSecret } from '@g4f/core';
import type { KyInstance } from 'ky';
import { sendRequest } from '../gradio/space-request.js';
import type { HubSettings } from './hub-settings.js';

/** The headers by which a ZeroGPU Space tells one anonymous visitor from another, and gives each its own quota. */
export type ZeroGpuHeaders = Record<'x-zerogpu-token' | 'x-zerogpu-uuid', string> | Record<string, never>;

// The Space's page on the Hub holds them in HTML-escaped JSON, as g4f reads them.
const TOKEN = /&quot;token&quot;:&quot;([^&]+?)&quot;/;
const SESSION_UUID = /&quot;sessionUuid&quot;:&quot;([^&]+?)&quot;/;
// A token is read again this long before it expires, so that no call starts with a stale one.
const EXPIRY_MARGIN_MS = 30_000;
// Where the token does not say when it expires: g4f asks the Hub for ten minutes.
const DEFAULT_LIFETIME_MS = 10 * 60_000;

const cache = new Map<string, { headers: ZeroGpuHeaders; expires: number }>();

// When a JWT expires: its payload's `exp`, in seconds.
function expiryOf(token: string): number {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown };
    if (typeof payload.exp === 'number') return payload.exp * 1000;
  } catch {
    // Not a JWT: keep it for the default lifetime.
  }
  return Date.now() + DEFAULT_LIFETIME_MS;
}

/**
 * The ZeroGPU headers for an anonymous caller of a Space, read from the Space's page on the Hub
 * (`{hub}/spaces/{owner}/{name}`) as g4f does, and kept until shortly before the token expires.
 * The token is registered as a secret, so no error shows it. A page without them, or one that
 * cannot be read, gives none: the Space then counts the caller's quota by address.
 */
export async function zeroGpuHeaders(hub: HubSettings, http: KyInstance, context: { provider: string; signal: AbortSignal | undefined }): Promise<ZeroGpuHeaders> {
  const key = `${hub.url}/spaces/${hub.space}`;
  const cached = cache.get(key);
  if (cached !== undefined && cached.expires - EXPIRY_MARGIN_MS > Date.now()) return cached.headers;
  const step = { provider: context.provider, step: `read the ZeroGPU token of ${hub.space} from its page on the Hub` };
  const url = `${hub.url}/spaces/${hub.space.split('/').map(encodeURIComponent).join('/')}`;
  let page: string;
  try {
    page = await (await sendRequest(http, url, { method: 'get', signal: context.signal ?? null }, step)).text();
  } catch (error) {
    // Without the headers the Space still answers, on the quota of the caller's address.
    if (context.signal?.aborted === true) throw error;
    return {};
  }
  const token = TOKEN.exec(page)?.[1];
  const uuid = SESSION_UUID.exec(page)?.[1];
  if (token === undefined || uuid === undefined) return {};
  registerSecret(token);
  const headers = { 'x-zerogpu-token': token, 'x-zerogpu-uuid': uuid };
  cache.set(key, { headers, expires: expiryOf(token) });
  return headers;
}
