/** One public package in a rehearsed release. */
export interface RehearsedPackage {
  name: string;
  /** Its version before `changeset version`. */
  from: string;
  /** Its version after. */
  to: string;
  /** Its dependencies after versioning. */
  dependencies: Record<string, string>;
  /** Its CHANGELOG.md after versioning; empty when none was written. */
  changelog: string;
}

/** Versions and dry-run publishes a temporary copy of the workspace. */
export function rehearseRelease(): { packages: RehearsedPackage[]; published: string[] };
