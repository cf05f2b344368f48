import type { Provider } from '../provider/provider.js';
import { Token } from './typedi-container.js';

/**
 * The typedi multi-service token that providers reach the registry through. A package adds its
 * providers when imported, a third party with one line:
 * `Container.set({ id: PROVIDER_TOKEN, multiple: true, value: myProvider })`.
 */
export const PROVIDER_TOKEN = new Token<Provider>('g4f.providers');
