import { Qwen_QVQ_72B, type GradioProtocol, type GradioSpaceProvider } from '@g4f/provider-hf-space';
import { timeStream, type Contender } from './contender.js';

/** This project's Qwen_QVQ_72B on one protocol. */
export function g4fTs(protocol: Exclude<GradioProtocol, 'auto'>): Contender {
  let provider: GradioSpaceProvider | undefined;
  return {
    prepare(url) {
      // /config is read and cached by the first (untimed) answer, as in a long-running program.
      provider = Qwen_QVQ_72B.withSettings({ baseUrl: url, protocol });
      return Promise.resolve();
    },
    ask(prompt, image) {
      if (provider === undefined) throw new Error('prepare first');
      const media = image === undefined ? [] : [[image] as const];
      return timeStream(provider.createAsyncGenerator('', [{ role: 'user', content: prompt }], { media }), false);
    },
  };
}
