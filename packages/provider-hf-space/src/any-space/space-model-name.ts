import { InvalidRequestError } from '@g4f/core';

/** The prefix of a model name that names a Space by its id. */
export const SPACE_PREFIX = 'space:';

/** What `space:owner/name[/endpoint]` names. */
export interface SpaceModelName {
  /** The Space's id on the Hub: "owner/name". */
  space: string;
  /** The endpoint's api_name, where one is named. */
  endpoint?: string | undefined;
}

// The Hub's rule for Space ids: letters, digits, "-", "_" and "."; the endpoint is an api_name.
const SPACE_NAME = /^([\w.-]+)\/([\w.-]+)(?:\/\/?([\w.-]+))?$/;

/** Reads `space:owner/name` or `space:owner/name/endpoint`; throws InvalidRequestError saying the shape for anything else. */
export function parseSpaceModelName(name: string): SpaceModelName {
  const rest = name.trim().slice(SPACE_PREFIX.length);
  const match = SPACE_NAME.exec(rest);
  if (!name.trim().toLowerCase().startsWith(SPACE_PREFIX) || match === null) {
    throw new InvalidRequestError(`"${name}" does not name a Space: write space:owner/name (as in huggingface.co/spaces/owner/name), or space:owner/name/endpoint to pick one of its endpoints.`, { param: 'model' });
  }
  const [, owner = '', space = '', endpoint] = match;
  return { space: `${owner}/${space}`, endpoint };
}

/**
 * The Space's own host, as Hugging Face makes it: "Qwen/Qwen2.5_Max.Demo" is
 * "https://qwen-qwen2-5-max-demo.hf.space" (lower case; "/", "." and "_" become "-").
 */
export function spaceHost(space: string): string {
  return `https://${space.toLowerCase().replace(/[/._]/g, '-')}.hf.space`;
}
