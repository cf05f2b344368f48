/** One parameter of an endpoint as Gradio's `/info` describes it. */
export interface InfoParameter {
  label?: string | null;
  parameter_name?: string | null;
  parameter_has_default?: boolean;
  parameter_default?: unknown;
  component?: string;
  type?: { type?: unknown; enum?: unknown[] } | null;
}

/** Gradio's `/info`: the named endpoints and their parameters (state inputs left out). */
export interface GradioInfo {
  named_endpoints?: Record<string, { parameters?: InfoParameter[]; returns?: unknown[] }>;
}

/** One component of the app, as `/config` lists it. */
export interface ConfigComponent {
  id: number;
  type: string;
  props?: { type?: unknown; label?: unknown; value?: unknown } | null;
}

/** The parts of `/config` that describe endpoints: components, handlers, the app's mode. */
export interface DescribedConfig {
  api_prefix?: string;
  version?: string;
  /** "chat_interface" for a `gr.ChatInterface`. */
  mode?: string;
  components?: ConfigComponent[];
  dependencies?: {
    id?: number;
    api_name?: string | false | null;
    inputs?: number[];
    outputs?: number[];
    show_api?: boolean;
    api_visibility?: string;
    /** The handler this one runs after (`.then()`). */
    trigger_after?: number | null;
  }[];
}

/** What a Space says about its API: `/config` and `/info`, as read. */
export interface SpaceDescription {
  config: DescribedConfig;
  info: GradioInfo;
}

/** One input of an endpoint: what `/info` says of it joined with its component in `/config`. */
export interface EndpointInput {
  /** The parameter's name ("message", "param_2"); state inputs have none. */
  name: string;
  label: string;
  /** The component's type in lower case: "textbox", "chatbot", "state". */
  component: string;
  /** Whether the app holds this input itself (a State): sent as null, never listed. */
  state: boolean;
  hasDefault: boolean;
  default: unknown;
  /** The JSON type `/info` gives ("string", "number", "boolean"), where plain. */
  jsonType?: string | undefined;
  /** The choices of a dropdown or radio, where `/info` lists them. */
  choices?: unknown[] | undefined;
  /** A Chatbot's history format. */
  chatFormat?: ChatFormat | undefined;
  /** For a State the app fills from a Chatbot (a ChatInterface's history): the handler that does, and the Chatbot's format. */
  seededBy?: HistorySeeder | undefined;
}

/** A handler that takes a Chatbot's history and keeps it in a State, for the next call of the session. */
export interface HistorySeeder {
  apiName: string;
  fnIndex: number;
  format: ChatFormat;
}

/** One output of an endpoint: its component. */
export interface EndpointOutput {
  component: string;
  chatFormat?: ChatFormat | undefined;
}

/**
 * How a Chatbot holds its history: `[[user, bot], ...]`, `[{role, content}, ...]`, or (Gradio 6)
 * messages whose content is a list of typed parts, `[{type: "text", text}]`.
 */
export type ChatFormat = 'tuples' | 'messages' | 'typed-messages';

/**
 * A handler that runs after an endpoint (`.then()`), taking only the Chatbot the endpoint wrote
 * and streaming the reply into it: Gradio's own chatbot demo, whose `submit` only adds the user's turn.
 */
export interface ChatFollowUp {
  apiName: string;
  fnIndex: number;
  format: ChatFormat;
  /** Where the Chatbot is among its outputs. */
  output: number;
}

/** One named endpoint of a Space, its inputs in the order the handler takes them. */
export interface EndpointDescription {
  apiName: string;
  fnIndex: number;
  inputs: EndpointInput[];
  outputs: EndpointOutput[];
  /** The handler that answers after it, where the endpoint only adds the user's turn to a Chatbot. */
  followUp?: ChatFollowUp | undefined;
}
