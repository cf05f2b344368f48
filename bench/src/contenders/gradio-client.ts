import * as gradio from '@gradio/client';
import { timeStream, type Contender } from './contender.js';

/** The part of @gradio/client the bench uses. */
interface GradioJsClient {
  submit(endpoint: string, data: unknown[]): AsyncIterable<{ type: string; data?: unknown }>;
}

// @gradio/client's .d.ts files import each other without file extensions, which NodeNext
// resolution cannot follow, so its types come out as `any`: these are the ones we rely on.
const { Client } = gradio as unknown as { Client: { connect(url: string): Promise<GradioJsClient> } };

/** The official JavaScript client, @gradio/client. */
export function gradioClient(): Contender {
  let app: GradioJsClient | undefined;
  return {
    async prepare(url) {
      app = await Client.connect(url);
    },
    ask(prompt) {
      if (app === undefined) throw new Error('prepare first');
      const job = app.submit('/generate', [null, prompt]);
      async function* texts(): AsyncGenerator<string> {
        for await (const message of job) {
          if (message.type === 'data') yield (message.data as [string])[0];
        }
      }
      return timeStream(texts(), true);
    },
  };
}
