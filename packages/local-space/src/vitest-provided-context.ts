import type { LocalSpaceApp } from './local-space-apps.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Each local Gradio Space's URL by app name; empty when they could not start (outside CI). */
    localSpaces: Partial<Record<LocalSpaceApp, string>>;
    /** Why the local Spaces could not start. */
    localSpacesError: string | undefined;
  }
}
