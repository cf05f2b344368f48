import type { ParameterMapping, SpaceInspection } from '@g4f/provider-hf-space';
import { Command } from 'commander';
import type { TerminalIO } from '../terminal-io.js';

// Where each parameter's value comes from, as a user would pass it.
function source(parameter: ParameterMapping, model: string): string {
  switch (parameter.gets) {
    case 'text':
      return 'the prompt';
    case 'history':
      return 'the conversation before the last user message';
    case 'session-history':
      return 'the conversation before the last user message, put in the session first';
    case 'image':
      return 'the image (--image)';
    case 'setting': {
      const fallback = parameter.hasDefault ? `, else ${JSON.stringify(parameter.default)}` : ' (required: no default)';
      return `providerOptions["${model}"].${parameter.name}${fallback}`;
    }
  }
}

/** The inspection as text: the endpoints, then what goes where, or why nothing can. */
export function formatInspection(inspection: SpaceInspection): string {
  const lines = [`${inspection.model} at ${inspection.url}`, 'endpoints:', ...inspection.endpoints.map((line) => `  ${line}`)];
  if (inspection.error !== undefined) return [...lines, `cannot be used as it is: ${inspection.error}`].join('\n');
  lines.push(`a call goes to /${inspection.endpoint ?? ''}:`);
  for (const parameter of inspection.parameters ?? []) lines.push(`  ${parameter.name} (${parameter.component}) <- ${source(parameter, inspection.model)}`);
  if (inspection.then !== undefined) lines.push(`  it only adds the user's turn: /${inspection.then}, run after it, is called instead, given the history with that turn`);
  if (inspection.answer !== undefined) lines.push(`  the answer is read from output ${inspection.answer.output} (${inspection.answer.kind})`);
  return lines.join('\n');
}

/** `g4f spaces inspect owner/name`: how `space:owner/name` maps onto the Space's API. */
export function spacesCommand(io: TerminalIO, signal: AbortSignal): Command {
  const inspect = new Command('inspect')
    .description("read a Space's API description and show what goes where when it is called as space:owner/name (nothing is sent to its endpoints)")
    .argument('<space>', 'the Space: owner/name, owner/name/endpoint, or space:owner/name')
    .option('--base-url <url>', "another address of the Space (a duplicate or a local one); default: its hf.space host")
    .option('--json', 'the mapping as JSON')
    .action(async (space: string, flags: { baseUrl?: string; json?: boolean }) => {
      const { inspectSpace } = await import('@g4f/provider-hf-space');
      const inspection = await inspectSpace(space, { baseUrl: flags.baseUrl, apiKey: io.env.HF_TOKEN, signal });
      io.stdout.write(flags.json === true ? `${JSON.stringify(inspection, null, 2)}\n` : `${formatInspection(inspection)}\n`);
    });
  return new Command('spaces').description('any Gradio Space by its id, as the model space:owner/name').addCommand(inspect);
}
