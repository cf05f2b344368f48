import { storeApiKey, storedApiKey } from './api-key-store.js';
import { ServerError } from './server-error.js';

/** Asks for the server's API key in the page's dialog and keeps it; resolves once the user gave one. */
function askApiKey(reason: string): Promise<void> {
  const dialog = document.getElementById('api-key-dialog') as HTMLDialogElement;
  const form = document.getElementById('api-key-form') as HTMLFormElement;
  const input = document.getElementById('api-key') as HTMLInputElement;
  (document.getElementById('api-key-reason') as HTMLElement).textContent = reason;
  input.value = '';
  if (!dialog.open) dialog.showModal();
  return new Promise((resolve) => {
    form.addEventListener('submit', () => {
      storeApiKey(input.value.trim());
      resolve();
    }, { once: true });
  });
}

/** Runs a request, asking for the API key and trying again as long as the server answers 401. */
export async function withApiKey<T>(request: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await request();
    } catch (error) {
      if (!(error instanceof ServerError && error.needsApiKey)) throw error;
      // The server's own message speaks of HTTP headers; a person needs to know which key.
      await askApiKey(
        storedApiKey() === undefined
          ? 'This server needs its API key: the one it was started with (--api-key or G4F_API_KEY). It stays in this browser.'
          : 'The server refused the API key kept in this browser: enter the one it was started with (--api-key or G4F_API_KEY).',
      );
    }
  }
}
