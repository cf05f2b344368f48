/** How to run one local test Space: its script under `spaces/`, arguments, Gradio major version. */
export interface LocalSpaceAppSpec {
  script: string;
  args: readonly string[];
  gradio: 4 | 5;
}

/** The project's local test Spaces, each shaped like a real Space's API. */
export const LOCAL_SPACE_APPS = {
  qvq: { script: 'qvq/app.py', args: [], gradio: 5 },
  'qwen2-72b': { script: 'qwen_chat/app.py', args: ['qwen2-72b'], gradio: 4 },
  'qwen2-5': { script: 'qwen_chat/app.py', args: ['qwen2-5'], gradio: 4 },
  'qwen2-5-max': { script: 'qwen_chat/app.py', args: ['qwen2-5-max'], gradio: 5 },
  qwen3: { script: 'qwen3/app.py', args: [], gradio: 5 },
  janus: { script: 'janus/app.py', args: [], gradio: 5 },
  sd35: { script: 'image_gen/app.py', args: ['sd35'], gradio: 5 },
  flux: { script: 'image_gen/app.py', args: ['flux'], gradio: 5 },
} as const satisfies Record<string, LocalSpaceAppSpec>;

/** The name of a local test Space. */
export type LocalSpaceApp = keyof typeof LOCAL_SPACE_APPS;
