/**
 * Measure 5: rebuilding a generated site that has been built once (no --force, Astro's content cache kept):
 * first with nothing changed, which must give byte-identical output and annotate nothing again, then with one
 * article edited, which should annotate that article only. The markdown pipeline appends every document it
 * renders to the file named by WSW_RENDER_LOG (src/pipeline/render-log.ts): that is the count.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { RENDER_LOG_ENV } from '../src/pipeline/render-log.ts';
import { changedFiles, fingerprint } from '../tests/helpers/fingerprint.ts';
import { buildSite, type BuildResult } from './sites.ts';
import { progress } from './stats.ts';
import { times, type Row } from './table.ts';

/** A paragraph added to the end of one article: new text, no new quote, name or speaker label. */
export const EDIT = '\n\nThis article was updated after publication.\n';

export interface RenderedBuild {
  build: BuildResult;
  /** Markdown files the pipeline rendered during the build (file names). */
  rendered: string[];
}

export interface RebuildResult {
  articles: number;
  full: RenderedBuild;
  unchanged: RenderedBuild & { files: number; differing: string[] };
  edited: RenderedBuild & { file: string; files: number; changed: string[] };
}

/** Builds `dir` with the render log on; returns the build and the documents it rendered. */
export async function buildCountingRenders(dir: string): Promise<RenderedBuild> {
  const log = join(dir, '.bench-render-log');
  rmSync(log, { force: true });
  const build = await buildSite(dir, { [RENDER_LOG_ENV]: log });
  const rendered = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).map((path) => basename(path)) : [];
  return { build, rendered };
}

/** `full` is the site's first build, made with `buildCountingRenders`; the site is rebuilt twice in place. */
export async function measureRebuild(siteDir: string, articles: number, full: RenderedBuild): Promise<RebuildResult> {
  const dist = join(siteDir, 'dist');
  const first = fingerprint(dist);
  progress(`rebuild ${articles} articles: nothing changed`);
  const unchanged = await buildCountingRenders(siteDir);
  if (!unchanged.build.ok) throw new Error(`rebuild with nothing changed failed:\n${unchanged.build.tail}`);
  const second = fingerprint(dist);

  const articleDir = join(siteDir, 'content', 'articles');
  const file = readdirSync(articleDir).filter((name) => name.endsWith('.md')).sort()[0];
  if (!file) throw new Error(`no article in ${articleDir}`);
  appendFileSync(join(articleDir, file), EDIT);
  progress(`rebuild ${articles} articles: ${file} edited`);
  const edited = await buildCountingRenders(siteDir);
  if (!edited.build.ok) throw new Error(`rebuild after editing ${file} failed:\n${edited.build.tail}`);
  const third = fingerprint(dist);
  return {
    articles,
    full,
    unchanged: { ...unchanged, files: second.size, differing: changedFiles(first, second) },
    edited: { ...edited, file, files: third.size, changed: changedFiles(second, third) },
  };
}

const seconds = (build: BuildResult) => `${build.seconds.toFixed(1)} s${build.cpuSeconds === null ? '' : ` (${build.cpuSeconds.toFixed(1)} s CPU)`}`;
/** CPU time over CPU time when both are known (steadier on a shared machine), else wall time. */
const ratio = (build: BuildResult, base: BuildResult) =>
  build.cpuSeconds !== null && base.cpuSeconds !== null ? `${times(build.cpuSeconds / base.cpuSeconds)} CPU` : times(build.seconds / base.seconds);

export function rebuildRows(result: RebuildResult | Error): Row[] {
  if (result instanceof Error) return [{ measure: 'rebuild', value: result.message.split('\n')[0]!, baseline: '', ratio: '', budget: '', verdict: 'error' }];
  const { articles, full, unchanged, edited } = result;
  const baseline = `${seconds(full.build)} first build (${full.rendered.length} annotated)`;
  const n = articles.toLocaleString('en');
  const identical = unchanged.differing.length === 0;
  const onlyEdited = edited.rendered.length === 1 && edited.rendered[0] === edited.file;
  return [
    {
      measure: `rebuild, ${n} articles, nothing changed`,
      value: `${seconds(unchanged.build)}, ${unchanged.rendered.length} annotated, ${identical ? 'byte-identical' : `${unchanged.differing.length} of ${unchanged.files} files differ`}`,
      baseline,
      ratio: ratio(unchanged.build, full.build),
      budget: 'byte-identical output, 0 annotated',
      verdict: identical && unchanged.rendered.length === 0 ? 'ok' : 'over',
    },
    {
      measure: `rebuild, ${n} articles, one article edited`,
      value: `${seconds(edited.build)}, ${edited.rendered.length} annotated, ${edited.changed.length} of ${edited.files} files changed`,
      baseline,
      ratio: ratio(edited.build, full.build),
      budget: 'only the edited article annotated',
      verdict: onlyEdited ? 'ok' : 'over',
    },
  ];
}

export function rebuildNotes(result: RebuildResult | Error): string[] {
  if (result instanceof Error) return [`- Rebuild failed: ${result.message.split('\n')[0]}`];
  const phase = (value: number | null) => (value === null ? '?' : `${value.toFixed(1)} s`);
  const phases = (b: BuildResult) =>
    `content sync ${phase(b.phases.contentSync)}, bundling ${phase(b.phases.bundling)}, page generation ${phase(b.phases.pages)}, build:done hooks ${phase(b.phases.hooks)}`;
  const sample = (files: string[]) => files.slice(0, 8).join(', ') + (files.length > 8 ? `, … (${files.length - 8} more)` : '');
  return [
    `- Rebuilds of the generated ${result.articles}-article site in place, without --force: first build ${phases(result.full.build)}; ` +
      `nothing changed ${phases(result.unchanged.build)}; one article edited ${phases(result.edited.build)}.`,
    `- Edited \`${result.edited.file}\` (a paragraph appended); annotated again: ${result.edited.rendered.join(', ') || 'nothing'}; files changed: ${sample(result.edited.changed)}.`,
    ...(result.unchanged.differing.length ? [`- The rebuild with nothing changed changed: ${sample(result.unchanged.differing)}.`] : []),
  ];
}
