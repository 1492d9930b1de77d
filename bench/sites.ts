/**
 * Throwaway Astro sites for the build benchmarks: a copy of this project with other content, and a minimal
 * "plain" Astro site over the same markdown. Both share the project's node_modules.
 *
 * node_modules is shared entry by entry (a real folder of symlinks), not as one symlink: Astro keeps its content
 * cache in node_modules/.astro and Vite in node_modules/.vite, and a shared folder would let a benchmark build
 * read or overwrite the project's own cache (and each other's).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from './generate.ts';

const CACHES = new Set(['.astro', '.vite', '.cache', '.vitest']);
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
const TIME = '/usr/bin/time';
const RSS_HOOK = join(PROJECT_ROOT, 'bench/rss-hook.ts');

function linkNodeModules(dir: string): void {
  const target = join(dir, 'node_modules');
  mkdirSync(target);
  for (const name of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(PROJECT_ROOT, 'node_modules', name), join(target, name));
  }
}

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `wsw-bench-${prefix}-`));
export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** A copy of this project (package.json, configs, src/, public/) whose content is `contentRoot`'s content/. */
export function projectSite(contentRoot: string, name: string): string {
  const dir = tempDir(name);
  for (const item of ['package.json', 'astro.config.ts', 'tsconfig.json', 'src', 'public']) {
    if (existsSync(join(PROJECT_ROOT, item))) cpSync(join(PROJECT_ROOT, item), join(dir, item), { recursive: true });
  }
  cpSync(join(contentRoot, 'content'), join(dir, 'content'), { recursive: true });
  linkNodeModules(dir);
  return dir;
}

const PLAIN_CONFIG = `import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

// The same remark processor the project uses (Astro 7's default is another one), with no plugins.
export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: unified({ gfm: true, smartypants: false }) },
});
`;

const PLAIN_COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content/articles' }) }),
};
`;

const PLAIN_PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{String(entry.data.title)}</title>
  </head>
  <body>
    <h1>{String(entry.data.title)}</h1>
    <Content />
  </body>
</html>
`;

/** A minimal Astro site: a glob-loader collection over `contentRoot`'s markdown and one page per entry. */
export function plainSite(contentRoot: string, name: string): string {
  const dir = tempDir(name);
  mkdirSync(join(dir, 'src/pages/articles'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'plain-astro-bench', private: true, type: 'module' }, null, 2));
  writeFileSync(join(dir, 'astro.config.mjs'), PLAIN_CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), PLAIN_COLLECTIONS);
  writeFileSync(join(dir, 'src/pages/articles/[slug].astro'), PLAIN_PAGE);
  cpSync(join(contentRoot, 'content/articles'), join(dir, 'content/articles'), { recursive: true });
  linkNodeModules(dir);
  return dir;
}

export interface BuildResult {
  ok: boolean;
  seconds: number;
  /** User plus system CPU time of the build, seconds (steadier than wall time on a busy machine); null without /usr/bin/time. */
  cpuSeconds: number | null;
  /** Peak resident set size of the build process, MB; null when it could not be read. */
  peakRssMB: number | null;
  rssSource: '/usr/bin/time -v' | 'process.resourceUsage' | 'none';
  /**
   * Phases as Astro reports them, seconds: content sync (loading and rendering every article, types), bundling
   * (Vite), page generation, build:done hooks (the search index), and Astro's own total.
   */
  phases: { contentSync: number | null; bundling: number | null; pages: number | null; hooks: number | null; astroTotal: number | null };
  /** Pages Astro says it built. */
  pageCount: number | null;
  /** The last lines of output, for failures. */
  tail: string;
}

// Astro prints durations as "913ms", "17.17s" or "1m 33s".
const DURATION = String.raw`((?:\d+m\s*)?[\d.]+(?:ms|s)|\d+m)`;

function seconds(text: string | undefined): number | null {
  const match = text === undefined ? null : /^(?:(\d+)m\s*)?(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) / (match[3] === 'ms' ? 1000 : 1);
}

const difference = (total: number | null, ...parts: (number | null)[]) =>
  total === null || parts.some((part) => part === null) ? null : Math.max(0, total - parts.reduce<number>((sum, part) => sum + (part ?? 0), 0));

/**
 * Phase timings from `astro build` output: "[types] Generated 11.92s", "generating static routes … ✓ Completed in 1.31s.",
 * "[build] ✓ Completed in 3.38s." (bundling and pages), "319 page(s) built in 17.17s".
 */
export function buildPhases(output: string): Pick<BuildResult, 'phases' | 'pageCount'> {
  const sync = seconds(new RegExp(String.raw`\[types\] Generated ${DURATION}`).exec(output)?.[1]);
  const routes = new RegExp(String.raw`generating static routes[\s\S]*?✓ Completed in ${DURATION}\.[\s\S]*?\[build\] ✓ Completed in ${DURATION}`).exec(output);
  const total = new RegExp(String.raw`(\d+) page\(s\) built in ${DURATION}`).exec(output);
  const pages = seconds(routes?.[1]);
  const staticBuild = seconds(routes?.[2]);
  const astroTotal = seconds(total?.[2]);
  return {
    phases: { contentSync: sync, bundling: difference(staticBuild, pages), pages, hooks: difference(astroTotal, sync, staticBuild), astroTotal },
    pageCount: total ? Number(total[1]) : null,
  };
}

/** Runs `astro build` in `dir` on this Node, timing it and reading its peak RSS; `env` adds environment variables. */
export async function buildSite(dir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const useTime = existsSync(TIME);
  const rssFile = join(dir, '.bench-rss');
  const node = [process.execPath, ...(useTime ? [] : ['--import', RSS_HOOK]), ASTRO_BIN, 'build'];
  const [command, ...args] = useTime ? [TIME, '-v', ...node] : node;
  const childEnv = { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', BENCH_RSS_FILE: rssFile };
  const start = performance.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(command!, args, { cwd: dir, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exit) => resolve({ code: exit, output }));
  });
  const elapsed = (performance.now() - start) / 1000;
  let peakRssMB: number | null = null;
  let rssSource: BuildResult['rssSource'] = 'none';
  const timeLine = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  if (timeLine) {
    peakRssMB = Number(timeLine[1]) / 1024;
    rssSource = '/usr/bin/time -v';
  } else if (existsSync(rssFile)) {
    peakRssMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
    rssSource = 'process.resourceUsage';
  }
  const user = /User time \(seconds\): ([\d.]+)/.exec(output);
  const system = /System time \(seconds\): ([\d.]+)/.exec(output);
  const cpuSeconds = user && system ? Number(user[1]) + Number(system[1]) : null;
  const build = output.replace(/\n\s*Command being timed:[\s\S]*$/, '');
  return { ok: code === 0, seconds: elapsed, cpuSeconds, peakRssMB, rssSource, ...buildPhases(build), tail: code === 0 ? '' : build.trim().split('\n').slice(-15).join('\n') };
}
