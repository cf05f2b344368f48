import { writeFile } from 'node:fs/promises';

/** Writes a 24-bit BMP of about `bytes` bytes of noise (it does not compress) and returns its size. */
export async function writeNoiseBmp(path: string, bytes: number): Promise<number> {
  const side = Math.floor(Math.sqrt(bytes / 3) / 4) * 4;
  const pixels = side * side * 3;
  const file = Buffer.alloc(54 + pixels);
  file.write('BM', 0, 'latin1');
  file.writeUInt32LE(54 + pixels, 2);
  file.writeUInt32LE(54, 10);
  file.writeUInt32LE(40, 14);
  file.writeInt32LE(side, 18);
  file.writeInt32LE(side, 22);
  file.writeUInt16LE(1, 26);
  file.writeUInt16LE(24, 28);
  file.writeUInt32LE(pixels, 34);
  for (let i = 54; i < file.length; i++) file[i] = (i * 2654435761) >>> 24;
  await writeFile(path, file);
  return file.length;
}
