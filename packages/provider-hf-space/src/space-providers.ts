import { CohereForAI_C4AI_Command } from './providers/cohere-for-ai-c4ai-command.js';
import { BlackForestLabs_Flux1Dev } from './providers/black-forest-labs-flux1-dev.js';
import { DeepseekAI_JanusPro7b } from './providers/deepseek-ai-janus-pro-7b.js';
import { Qwen_QVQ_72B } from './providers/qwen-qvq-72b.js';
import { Qwen_Qwen_2_5 } from './providers/qwen-qwen-2-5.js';
import { Qwen_Qwen_2_5_Max } from './providers/qwen-qwen-2-5-max.js';
import { Qwen_Qwen_2_72B } from './providers/qwen-qwen-2-72b.js';
import { Qwen_Qwen_3 } from './providers/qwen-qwen-3.js';
import { StabilityAI_SD35Large } from './providers/stability-ai-sd35-large.js';

/**
 * Every Space provider of this package, registered on import. The order is the preference: an
 * empty model name means the first provider's model of its kind, so chat defaults to Qwen2-72B,
 * vision to QVQ and drawing to FLUX.1-dev, as g4f's HuggingSpace does.
 */
export const hfSpaceProviders = [
  Qwen_QVQ_72B,
  Qwen_Qwen_2_72B,
  Qwen_Qwen_2_5,
  Qwen_Qwen_2_5_Max,
  Qwen_Qwen_3,
  BlackForestLabs_Flux1Dev,
  StabilityAI_SD35Large,
  DeepseekAI_JanusPro7b,
  CohereForAI_C4AI_Command,
] as const;
