/**
 * Renders articles on worker threads (render-worker.ts), one per core: annotation is most of a build's time and
 * Astro's loader would otherwise run it on one core.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Annotation } from '../annotate/types.ts';

export interface RenderJob {
  /** The article file, frontmatter included. */
  text: string;
  /** file: URL of the article, for the pipeline's messages. */
  fileURL: string;
}

export interface RenderedMessage {
  reason: string;
  line?: number;
  column?: number;
}

export interface RenderedArticle {
  html: string;
  annotation: Annotation;
  messages: RenderedMessage[];
}

export type RenderReply = ({ id: number } & RenderedArticle) | { id: number; error: string };

/** What a worker needs to build the same renderer as Astro: the project root and Astro's shared markdown options. */
export interface RenderWorkerData {
  root: string;
  shared: Record<string, unknown>;
}

/** Worker threads for `jobs` jobs: one per core, at most four (memory), never more than the jobs. */
export const workerCount = (jobs: number) => Math.max(1, Math.min(availableParallelism(), 4, jobs));

/**
 * Renders every job, calling `onRendered` with its index as each finishes (in any order). Rejects on the first
 * failure with the job's `label`; the workers are stopped either way.
 */
export async function renderInWorkers(
  jobs: (RenderJob & { label: string })[],
  data: RenderWorkerData,
  onRendered: (index: number, rendered: RenderedArticle) => void,
): Promise<void> {
  if (jobs.length === 0) return;
  const start = () => {
    try {
      return new Worker(join(data.root, 'src/content/render-worker.ts'), { workerData: data });
    } catch (error) {
      // Functions in the markdown settings (e.g. Shiki transformers) cannot be handed to a thread.
      throw new Error(`could not start an article rendering thread: ${error instanceof Error ? error.message : String(error)} (astro.config's markdown settings must be plain data)`, { cause: error });
    }
  };
  const workers = Array.from({ length: workerCount(jobs.length) }, start);
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let remaining = jobs.length;
      const feed = (worker: Worker) => {
        if (next >= jobs.length) return;
        const id = next++;
        worker.postMessage({ id, text: jobs[id]!.text, fileURL: jobs[id]!.fileURL });
      };
      for (const worker of workers) {
        worker.on('message', (reply: RenderReply) => {
          if ('error' in reply) return reject(new Error(`${jobs[reply.id]!.label}: rendering failed: ${reply.error}`));
          try {
            onRendered(reply.id, reply);
          } catch (error) {
            return reject(error);
          }
          if (--remaining === 0) resolve();
          else feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (remaining > 0) reject(new Error(`an article rendering thread stopped (exit code ${code}) with ${remaining} articles left`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
