import type { z } from 'zod';
import { InvalidRequestError } from '../errors/lookup-errors.js';
import type { CallOptions } from './call-options.js';

function describeIssue(issue: z.core.$ZodIssue, allowed: string): string {
  const where = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') return `has no option ${issue.keys.map((key) => `"${key}"`).join(', ')}; it takes: ${allowed}`;
  return `${where === '' ? '' : `"${where}" `}is wrong: ${issue.message}`;
}

/**
 * A provider's own settings from `options.providerOptions[provider]`, checked against its schema
 * (an object schema that rejects unknown keys). Throws InvalidRequestError naming the key and what
 * is allowed; gives `{}` parsed as the schema's defaults when the call has none.
 */
export function parseProviderOptions<T extends z.ZodObject>(provider: string, schema: T, options: CallOptions): z.output<T> {
  const given: unknown = options.providerOptions?.[provider] ?? {};
  const result = schema.safeParse(given);
  if (result.success) return result.data;
  const allowed = Object.keys(schema.shape).join(', ') || '(none)';
  const problems = result.error.issues.map((issue) => describeIssue(issue, allowed));
  throw new InvalidRequestError(`providerOptions.${provider} ${problems.join('; ')}.`, { provider });
}
