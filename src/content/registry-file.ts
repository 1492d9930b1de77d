import { existsSync, readFileSync } from 'node:fs';
import { emptyRegistry, parseRegistry, type Registry } from '../annotate/registry.ts';
import { decodeUtf8 } from './source.ts';

export const REGISTRY_PATH = 'content/entities.yaml';

/** Reads and validates the registry file under `root`; a missing file is an empty registry. */
export function readRegistry(root: string, path = REGISTRY_PATH): { registry: Registry; text: string } {
  const file = `${root.replace(/\/$/, '')}/${path}`;
  if (!existsSync(file)) return { registry: emptyRegistry(), text: '' };
  const text = decodeUtf8(readFileSync(file), path);
  return { registry: parseRegistry(text, path), text };
}
