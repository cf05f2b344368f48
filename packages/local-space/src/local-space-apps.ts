import type { GradioMajor } from './repo-paths.js';

/** How to run one local test Space: its script under `spaces/`, arguments, Gradio major version, and the provider whose Space it stands in for (none for apps no provider was written for). */
export interface LocalSpaceAppSpec {
  script: string;
  args: readonly string[];
  /** The Gradio major whose virtualenv runs the script (a Space that is no Gradio app takes that Python only). */
  gradio: GradioMajor;
  provider?: string;
  /** The path that answers once the app is up. Default: "/config" (every Gradio app's). */
  readyPath?: string;
}

/** The project's local test Spaces, each shaped like a real Space's API. */
export const LOCAL_SPACE_APPS = {
  qvq: { script: 'qvq/app.py', args: [], gradio: 5, provider: 'Qwen_QVQ_72B' },
  'qwen2-72b': { script: 'qwen_chat/app.py', args: ['qwen2-72b'], gradio: 4, provider: 'Qwen_Qwen_2_72B' },
  'qwen2-5': { script: 'qwen_chat/app.py', args: ['qwen2-5'], gradio: 4, provider: 'Qwen_Qwen_2_5' },
  'qwen2-5-max': { script: 'qwen_chat/app.py', args: ['qwen2-5-max'], gradio: 5, provider: 'Qwen_Qwen_2_5_Max' },
  qwen3: { script: 'qwen3/app.py', args: [], gradio: 5, provider: 'Qwen_Qwen_3' },
  janus: { script: 'janus/app.py', args: [], gradio: 5, provider: 'DeepseekAI_JanusPro7b' },
  sd35: { script: 'image_gen/app.py', args: ['sd35'], gradio: 5, provider: 'StabilityAI_SD35Large' },
  flux: { script: 'image_gen/app.py', args: ['flux'], gradio: 5, provider: 'BlackForestLabs_Flux1Dev' },
  // Hugging Face's chat-ui, not Gradio: plain Python's HTTP server.
  command: { script: 'command/app.py', args: [], gradio: 5, provider: 'CohereForAI_C4AI_Command', readyPath: '/' },
  'qwen2-5-1m': { script: 'qwen2_5_1m/app.py', args: [], gradio: 4, provider: 'Qwen_Qwen_2_5M' },
  schnell: { script: 'image_gen/app.py', args: ['schnell'], gradio: 4, provider: 'Voodoohop_Flux1Schnell' },
  phi4: { script: 'phi4/app.py', args: [], gradio: 5, provider: 'Microsoft_Phi_4_Multimodal' },
  // Apps no provider was written for, each at its own path, for `space:owner/name`.
  'any-spaces': { script: 'any_space/app.py', args: [], gradio: 5 },
} as const satisfies Record<string, LocalSpaceAppSpec>;

/** The name of a local test Space. */
export type LocalSpaceApp = keyof typeof LOCAL_SPACE_APPS;
