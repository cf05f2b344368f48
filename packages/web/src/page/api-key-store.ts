const KEY = 'g4f.apiKey';

/** The server's API key the user gave, kept in this browser only. */
export function storedApiKey(): string | undefined {
  return localStorage.getItem(KEY) ?? undefined;
}

/** Keeps the key for the next visits. */
export function storeApiKey(apiKey: string): void {
  localStorage.setItem(KEY, apiKey);
}

/** The Authorization header for the server's /v1 routes, where a key is kept. */
export function authHeaders(): Record<string, string> {
  const apiKey = storedApiKey();
  return apiKey === undefined ? {} : { authorization: `Bearer ${apiKey}` };
}
