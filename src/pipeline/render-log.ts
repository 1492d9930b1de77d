import { appendFileSync } from 'node:fs';
import type { VFile } from 'vfile';

/** Environment variable naming a file that gets one line per markdown document rendered (the bench counts re-renders with it). */
export const RENDER_LOG_ENV = 'WSW_RENDER_LOG';

/**
 * A remark plugin that appends the path of every document the pipeline renders to the file named by
 * `WSW_RENDER_LOG`, when set. It is always in the pipeline, because Astro clears its content cache when the
 * list of plugins changes, which would defeat the measurement of what a rebuild re-renders.
 */
export default function remarkRenderLog() {
  return (_tree: unknown, file: VFile): void => {
    const log = process.env[RENDER_LOG_ENV];
    if (log) appendFileSync(log, `${file.path ?? '(no path)'}\n`);
  };
}
