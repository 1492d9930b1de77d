import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` (paths relative to it, sorted) with the SHA-256 of its bytes. */
export function fingerprint(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const path = join(prefix, name);
    if (statSync(join(dir, path)).isDirectory()) for (const [inner, hash] of fingerprint(dir, path)) files.set(inner, hash);
    else files.set(path, createHash('sha256').update(readFileSync(join(dir, path))).digest('hex'));
  }
  return files;
}

/** Files added, removed or changed between two fingerprints, sorted. */
export const changedFiles = (before: Map<string, string>, after: Map<string, string>): string[] =>
  [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path)).sort();
