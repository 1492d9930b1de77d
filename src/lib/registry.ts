import { readRegistry } from '../content/registry-file.ts';

/** The validated entity registry of this project (read once per build). */
export const registry = readRegistry(process.cwd()).registry;
