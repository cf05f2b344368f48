import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { publicPackages, type PublicPackage } from '../../scripts/public-packages.mjs';

const run = promisify(execFile);

/** A public package packed as the registry would get it. */
export interface PackedPackage extends PublicPackage {
  /** The tarball `pnpm pack` wrote (`workspace:*` ranges rewritten to versions). */
  tarball: string;
}

/** Packs every public package with pnpm into a fresh temporary folder outside the workspace. */
export async function packPublicPackages(): Promise<PackedPackage[]> {
  const destination = await mkdtemp(join(tmpdir(), 'g4f-packs-'));
  const packed: PackedPackage[] = [];
  for (const pkg of publicPackages()) {
    const before = new Set(await readdir(destination));
    await run('pnpm', ['pack', '--pack-destination', destination], { cwd: pkg.dir });
    const written = (await readdir(destination)).filter((file) => !before.has(file) && file.endsWith('.tgz'));
    if (written.length !== 1) throw new Error(`pnpm pack of ${pkg.name} wrote ${written.length} tarballs, not one`);
    packed.push({ ...pkg, tarball: join(destination, written[0] ?? '') });
  }
  return packed;
}

/** Removes the temporary folders the tarballs were packed into. */
export async function removePacked(packed: readonly PackedPackage[]): Promise<void> {
  await Promise.all([...new Set(packed.map(({ tarball }) => dirname(tarball)))].map((folder) => rm(folder, { recursive: true, force: true })));
}
