import { spawnSync } from 'node:child_process';
import {
  formatImagePrompt,
  formatPrompt,
  formatPromptMaxLength,
  getLastUserMessage,
  getSystemPrompt,
  type Messages,
} from '@g4f/core';

/** The g4f release whose helpers ours match; spaces/requirements-g4f.txt installs it. */
export const G4F_VERSION = '0.5.3.0';

/** One call of a prompt helper, named as g4f's function, with g4f's arguments. */
export type HelperCall =
  | { fn: 'format_prompt'; messages: Messages; options?: { include_system?: boolean; add_special_tokens?: boolean; do_continue?: boolean } }
  | { fn: 'get_last_user_message' | 'get_system_prompt'; messages: Messages }
  | { fn: 'format_image_prompt'; messages: Messages; prompt?: string }
  | { fn: 'format_prompt_max_length'; messages: Messages; maxLength: number };

/** What a call gave: a value, or an error by class name (Python's or ours). */
export type Outcome = { value: unknown } | { error: string };

function outcome(run: () => unknown): Outcome {
  try {
    return { value: run() };
  } catch (error) {
    return { error: error instanceof Error ? error.name : String(error) };
  }
}

/** Our helper's outcome for the same call. */
export function callOurs(call: HelperCall): Outcome {
  return outcome(() => {
    switch (call.fn) {
      case 'format_prompt': {
        const { include_system: includeSystem, add_special_tokens: addSpecialTokens, do_continue: doContinue } = call.options ?? {};
        return formatPrompt(call.messages, {
          ...(includeSystem === undefined ? {} : { includeSystem }),
          ...(addSpecialTokens === undefined ? {} : { addSpecialTokens }),
          ...(doContinue === undefined ? {} : { doContinue }),
        });
      }
      case 'get_last_user_message':
        return getLastUserMessage(call.messages);
      case 'get_system_prompt':
        return getSystemPrompt(call.messages);
      case 'format_image_prompt':
        return formatImagePrompt(call.messages, call.prompt);
      case 'format_prompt_max_length':
        return formatPromptMaxLength(call.messages, call.maxLength);
    }
  });
}

// g4f's positional and keyword arguments for a call.
function pythonArguments(call: HelperCall): [string, unknown[], Record<string, unknown>] {
  switch (call.fn) {
    case 'format_prompt':
      return [call.fn, [call.messages], call.options ?? {}];
    case 'format_image_prompt':
      return [call.fn, [call.messages, call.prompt ?? null], {}];
    case 'format_prompt_max_length':
      return [call.fn, [call.messages, call.maxLength], {}];
    default:
      return [call.fn, [call.messages], {}];
  }
}

const SCRIPT = `
import importlib.metadata, json, sys
from g4f.providers import helper

def outcome(fn, args, kwargs):
    try:
        return {"value": getattr(helper, fn)(*args, **kwargs)}
    except Exception as error:
        return {"error": type(error).__name__}

calls = json.load(sys.stdin)
json.dump({"version": importlib.metadata.version("g4f"), "outcomes": [outcome(*call) for call in calls]}, sys.stdout)
`;

/** g4f's outcomes for the calls, from its own functions, in one Python process. */
export function callG4F(python: string, calls: readonly HelperCall[]): { version: string; outcomes: Outcome[] } {
  const result = spawnSync(python, ['-c', SCRIPT], { input: JSON.stringify(calls.map(pythonArguments)), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${python} could not run g4f's helpers (exit ${String(result.status)}): ${result.stderr || String(result.error)}`);
  return JSON.parse(result.stdout) as { version: string; outcomes: Outcome[] };
}
