import { performance } from 'node:perf_hooks';

/** Milliseconds an async function takes. */
export async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const started = performance.now();

/** A progress line on stderr, with the seconds since the run started. */
export function progress(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(5)}s] ${message}\n`);
}
