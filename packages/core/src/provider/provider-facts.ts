/** What a provider states about itself, once: who it is, what it can do, and its model catalog. */
export interface ProviderFacts {
  /** A unique name, used by the registry and in errors: "Qwen_QVQ_72B". */
  name: string;
  /** A name for people: "Qwen QVQ-72B". */
  label: string;
  /** The provider's home page or service URL. */
  url: string;
  /** False when the provider is known to be broken; the registry then skips it. Default: true. */
  working?: boolean | undefined;
  /** True when a call fails without an apiKey. Default: false. */
  needsAuth?: boolean | undefined;
  /** True when the answer arrives in pieces rather than at once. Default: true. */
  supportsStream?: boolean | undefined;
  /** True when system messages reach the model. Default: true. */
  supportsSystemMessage?: boolean | undefined;
  /** True when earlier messages of the conversation reach the model. Default: true. */
  supportsMessageHistory?: boolean | undefined;
  /** The model used when none is named. Always served. */
  defaultModel: string;
  /** The models the provider serves (the default, vision, image and reasoning models and alias targets count too). Default: none more. */
  models?: readonly string[] | undefined;
  /** Other names for models: alias -> model (g4f's own ids among them). Default: none. */
  modelAliases?: Readonly<Record<string, string>> | undefined;
  /** Models that take images. Default: none. */
  visionModels?: readonly string[] | undefined;
  /** Models that take audio (WAV, MP3, OGG, FLAC, WebM). Default: none. */
  audioModels?: readonly string[] | undefined;
  /** Models that generate images. Default: none. */
  imageModels?: readonly string[] | undefined;
  /** Models that stream their thinking as reasoning parts. Default: none. */
  reasoningModels?: readonly string[] | undefined;
}

/** A provider's facts as it exposes them: every default filled in. */
export type ProviderFactFields = Readonly<Required<{ [K in keyof ProviderFacts]: Exclude<ProviderFacts[K], undefined> }>>;

/** The facts with their defaults, and nothing else (a Space definition has more keys). */
export function withDefaults(facts: ProviderFacts): ProviderFactFields {
  return {
    name: facts.name,
    label: facts.label,
    url: facts.url,
    working: facts.working ?? true,
    needsAuth: facts.needsAuth ?? false,
    supportsStream: facts.supportsStream ?? true,
    supportsSystemMessage: facts.supportsSystemMessage ?? true,
    supportsMessageHistory: facts.supportsMessageHistory ?? true,
    defaultModel: facts.defaultModel,
    models: facts.models ?? [],
    modelAliases: facts.modelAliases ?? {},
    visionModels: facts.visionModels ?? [],
    audioModels: facts.audioModels ?? [],
    imageModels: facts.imageModels ?? [],
    reasoningModels: facts.reasoningModels ?? [],
  };
}
