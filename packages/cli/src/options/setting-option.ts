import { InvalidArgumentError } from 'commander';

/**
 * commander's parser for a repeatable `--option name=value`: one of the provider's own settings
 * (`providerOptions` in code). The value is read as JSON where it is JSON (`512`, `true`,
 * `"text"`, `[1,2]`), else kept as the text given (`--option aspect_ratio=16:9`).
 */
export function collectSetting(text: string, settings: Record<string, unknown> = {}): Record<string, unknown> {
  const at = text.indexOf('=');
  const name = text.slice(0, at).trim();
  if (at <= 0 || name === '') throw new InvalidArgumentError('give NAME=VALUE, like width=512 (see "g4f spaces inspect" or the provider\'s settings in docs/usage.md).');
  const raw = text.slice(at + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Not JSON: the text itself.
  }
  return { ...settings, [name]: value };
}
