/** A public workspace package: its name, its folder and its package.json. */
export interface PublicPackage {
  name: string;
  dir: string;
  manifest: Record<string, unknown> & { name: string; version: string };
}

/** Every workspace package that is not `"private": true`, by name. */
export function publicPackages(): PublicPackage[];
