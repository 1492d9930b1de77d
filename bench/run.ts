/**
 * npm run bench [-- --quick | --full] [--seed 1] [--articles N] [--rounds N] [--keep]
 *
 * Prints a table (measure, value, baseline, ratio, budget, verdict) and writes bench/results.json and
 * bench/RESULTS.md. Progress goes to stderr. See bench/README.md for what each figure means.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { measureAnnotation, type AnnotationResult, type Timing } from './annotation.ts';
import { generate, PROJECT_ROOT } from './generate.ts';
import { measurePageWeight, type PageWeight } from './page-weight.ts';
import { measureSearch, searchNote, searchRows, type SearchFigures } from './search-bytes.ts';
import { measureQuality, qualityNotes, qualityRows, QUALITY_BUDGET, type QualityResult } from './quality.ts';
import { buildCountingRenders, measureRebuild, rebuildNotes, rebuildRows, type RebuildResult, type RenderedBuild } from './rebuild.ts';
import { buildSite, plainSite, projectSite, removeDir, tempDir, type BuildResult } from './sites.ts';
import { progress } from './stats.ts';
import { kb, markdownTable, ms, textTable, times, type Row, type Verdict } from './table.ts';

/** In RESULTS.md, everything from this line on is kept when a run rewrites the file. */
const NOTES_MARKER = '<!-- Notes: everything below this line is kept when the bench rewrites this file. -->';

const BUDGET = {
  annotationRatio: 1.3,
  transcriptPageKB: 30,
  requiredJsBytes: 0,
  /** Ours, not the design's: "linear" read as per-unit cost on a big input at most this many times the normal one. */
  linearFactor: 2,
};

interface Options {
  mode: 'quick' | 'default' | 'full';
  seed: number;
  articles: number;
  rounds: number;
  sizes: number[];
  keep: boolean;
}

function parseOptions(argv: string[]): Options {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const name = arg.slice(2);
    if (['quick', 'full', 'keep'].includes(name)) flags.set(name, true);
    else if (['seed', 'articles', 'rounds'].includes(name)) flags.set(name, argv[++i] ?? '');
    else throw new Error(`unknown option ${arg}; expected --quick, --full, --seed N, --articles N, --rounds N or --keep`);
  }
  const mode = flags.has('full') ? 'full' : flags.has('quick') ? 'quick' : 'default';
  const number = (name: string, fallback: number) => {
    const value = flags.get(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`--${name}: found "${String(value)}"; expected a positive integer`);
    return parsed;
  };
  return {
    mode,
    seed: number('seed', 1),
    articles: number('articles', mode === 'quick' ? 100 : 300),
    rounds: number('rounds', mode === 'quick' ? 1 : 3),
    sizes: mode === 'quick' ? [100] : mode === 'full' ? [100, 1000, 10_000] : [100, 1000],
    keep: flags.has('keep'),
  };
}

function machine() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  let nproc = String(cpus().length);
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // nproc is missing: the count of CPUs Node sees.
  }
  return {
    nproc: Number(nproc),
    cpu,
    memoryGB: Number((totalmem() / 2 ** 30).toFixed(1)),
    freeMemoryGB: Number((freemem() / 2 ** 30).toFixed(1)),
    node: process.version,
    os: `${platform()} ${release()}`,
  };
}

/** The commit measured and the files under src/, content/ or the config that differ from it (the working tree is what gets built). */
function treeState() {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  const changed = git('status', '--porcelain', '--', 'src', 'content', 'astro.config.ts', 'package.json');
  return { commit: git('rev-parse', '--short', 'HEAD') || 'unknown', changed: changed ? changed.split('\n').map((line) => line.trim()) : [] };
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

const verdict = (ok: boolean): Verdict => (ok ? 'ok' : 'over');
const perArticle = (t: Timing) => `${ms(t.msPerDoc)}/article, ${t.mbPerSecond.toFixed(2)} MB/s`;

function annotationRows(result: AnnotationResult | Error): Row[] {
  if (result instanceof Error) return [{ measure: 'annotation', value: firstLine(result), baseline: '', ratio: '', budget: '', verdict: 'error' }];
  const rows: Row[] = [];
  const skipped = result.failures.filter((failure) => !failure.name.startsWith('long-')).length;
  if (result.failures.length > 0) {
    rows.push({
      measure: 'annotation: documents the annotator threw on (left out)',
      value: `${result.failures.length}: ${result.failures[0]!.error.slice(0, 60)}`,
      baseline: '',
      ratio: '',
      budget: '0',
      verdict: 'error',
    });
  }
  const pairs = [
    ['annotation, parse+run (remark-parse+gfm)', result.parse],
    ['annotation, full render to HTML', result.render],
  ] as const;
  for (const [label, pair] of pairs) {
    const ratio = pair.annotated.ms / pair.plain.ms;
    rows.push({
      measure: `${label}, ${result.docs} articles${skipped ? ` (${skipped} left out)` : ''}`,
      value: perArticle(pair.annotated),
      baseline: perArticle(pair.plain),
      ratio: times(ratio),
      budget: `<= ${BUDGET.annotationRatio}x`,
      verdict: verdict(ratio <= BUDGET.annotationRatio),
    });
  }
  for (const long of result.long) {
    // Against normal documents of the same kind: transcripts and prose cost differently per KB.
    const normal = result.parse.kinds[long.kind]?.annotatedMsPerKB ?? result.parse.annotated.msPerKB;
    const ratio = long.annotated.msPerKB / normal;
    rows.push({
      measure: `annotation, ${long.name} (${(long.kb / 1024).toFixed(2)} MB)`,
      value: `${ms(long.annotated.ms)}, ${long.annotated.msPerKB.toFixed(2)} ms/KB`,
      baseline: `${normal.toFixed(2)} ms/KB (normal ${long.kind}s)`,
      ratio: times(ratio),
      budget: `linear: <= ${BUDGET.linearFactor}x ms/KB`,
      verdict: verdict(ratio <= BUDGET.linearFactor),
    });
  }
  return rows;
}

function pageRows(label: string, page: PageWeight | Error): Row[] {
  if (page instanceof Error) return [{ measure: `transcript page, ${label}`, value: page.message.split('\n')[0]!, baseline: '', ratio: '', budget: '', verdict: 'error' }];
  const name = `transcript page HTML+CSS, ${label} (${page.slug.slice(0, 32)}…, ${page.turns} turns)`;
  const rows: Row[] = (['gzip', 'brotli'] as const).map((codec) => ({
    measure: `${name}, ${codec}`,
    value: kb(page.total[codec]),
    baseline: `${kb(page.source[codec])} (markdown text alone)`,
    ratio: times(page.total[codec] / page.source[codec]),
    budget: `<= ${BUDGET.transcriptPageKB} KB`,
    verdict: verdict(page.total[codec] <= BUDGET.transcriptPageKB * 1024),
  }));
  rows.push({
    measure: `JavaScript needed to read, ${label}`,
    value: `${page.requiredJsBytes} B`,
    baseline: '',
    ratio: '',
    budget: `${BUDGET.requiredJsBytes} B`,
    verdict: verdict(page.requiredJsBytes <= BUDGET.requiredJsBytes),
  });
  rows.push({
    measure: `JavaScript linked (optional enhancements), ${label}`,
    value: `${kb(page.js.raw)} (${kb(page.js.gzip)} gzip), ${page.scripts.length} files`,
    baseline: '',
    ratio: '',
    budget: 'none (not needed to read)',
    verdict: 'info',
  });
  return rows;
}

/**
 * Refuses a build whose peak RSS, extrapolated linearly from the two previous sizes, would not fit in 80% of the
 * memory free now: on a shared machine an out-of-memory build takes other people's processes with it.
 */
function memoryGuard(done: readonly BuildPair[], articles: number): string | null {
  const [a, b] = done.slice(-2);
  if (!a || !b || !a.project.peakRssMB || !b.project.peakRssMB) return null;
  const perArticle = (b.project.peakRssMB - a.project.peakRssMB) / (b.articles - a.articles);
  const projectedMB = b.project.peakRssMB + perArticle * (articles - b.articles);
  const freeMB = freemem() / 2 ** 20;
  return projectedMB > 0.8 * freeMB ? `projected peak RSS ${(projectedMB / 1024).toFixed(1)} GB (linear from ${a.articles} and ${b.articles}) > 80% of ${(freeMB / 1024).toFixed(1)} GB free` : null;
}

function pageWeight(siteDir: string): PageWeight | Error {
  try {
    return measurePageWeight(siteDir);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

interface BuildPair {
  articles: number;
  project: BuildResult;
  plain: BuildResult;
}

const buildCell = (b: BuildResult, n: number) =>
  b.ok ? `${b.seconds.toFixed(1)} s, ${((b.seconds * 1000) / n).toFixed(0)} ms/article, ${b.peakRssMB?.toFixed(0) ?? '?'} MB RSS` : 'build failed';

function buildRows(pairs: readonly BuildPair[]): Row[] {
  const rows: Row[] = pairs.map(({ articles, project, plain }) => ({
    measure: `build, ${articles.toLocaleString('en')} articles (time, peak RSS)`,
    value: buildCell(project, articles),
    baseline: `${buildCell(plain, articles)} (plain Astro)`,
    ratio: project.ok && plain.ok ? `${times(project.seconds / plain.seconds)} time, ${times((project.peakRssMB ?? NaN) / (plain.peakRssMB ?? NaN))} RSS` : '',
    budget: 'none (growth below)',
    verdict: project.ok && plain.ok ? 'info' : 'error',
  }));
  const first = pairs[0];
  for (const pair of pairs.slice(1)) {
    if (!first || !first.project.ok || !pair.project.ok) continue;
    const growth = (b: BuildResult, n: number, base: BuildResult, m: number) => b.seconds / n / (base.seconds / m);
    const project = growth(pair.project, pair.articles, first.project, first.articles);
    const plain = pair.plain.ok && first.plain.ok ? growth(pair.plain, pair.articles, first.plain, first.articles) : NaN;
    rows.push({
      measure: `build growth ${first.articles.toLocaleString('en')} -> ${pair.articles.toLocaleString('en')}, ms/article`,
      value: `${times(project)} per-article cost`,
      baseline: `${times(plain)} (plain Astro)`,
      ratio: '',
      budget: 'linear: <= 1.25x per article',
      verdict: verdict(project <= 1.25),
    });
  }
  return rows;
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const loadBefore = loadavg()[0]!;
  if (loadBefore > 1) progress(`warning: load average ${loadBefore.toFixed(1)} before starting; timings will be noisy (ratios less so: both sides of each pair run under the same load)`);
  const work = tempDir('run');
  progress(`mode ${options.mode}: builds at ${options.sizes.join(', ')} articles, annotation over ${options.articles}, seed ${options.seed}; temp ${work}`);
  const sites: string[] = [];
  const cleanUp = () => {
    if (options.keep) return;
    removeDir(work);
    for (const dir of sites) removeDir(dir);
  };
  // Ctrl-C stops the builds (same process group); take the temporary sites with them.
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  let failed = false;
  try {
    const corpora = new Map<number, string>();
    const corpus = (count: number) => {
      let dir = corpora.get(count);
      if (!dir) {
        dir = join(work, `corpus-${count}`);
        const summary = generate(count, options.seed, dir);
        progress(`generated ${count} files (${summary.transcripts} transcripts, ${(summary.bytes / 1e6).toFixed(2)} MB) in ${dir}`);
        corpora.set(count, dir);
      }
      return dir;
    };
    // 1. Annotation throughput.
    let annotation: AnnotationResult | Error;
    try {
      // --quick checks linearity on a third of the long inputs, to stay within two minutes.
      const long = options.mode === 'quick' ? { longBytes: 330_000, longTurns: 700 } : { longBytes: 1_000_000, longTurns: 2000 };
      annotation = await measureAnnotation(corpus(options.articles), { seed: options.seed, rounds: options.rounds, ...long });
      if (annotation.failures.length > 0) failed = true;
    } catch (error) {
      annotation = error instanceof Error ? error : new Error(String(error));
      failed = true;
      progress(`annotation failed: ${annotation.message}`);
    }

    // 2. Page weight: the real site, then (below) the largest generated transcript.
    progress('page weight: building the real site (a copy of the working tree with content/)');
    const realSite = projectSite(PROJECT_ROOT, 'real');
    sites.push(realSite);
    const realBuild = await buildSite(realSite);
    let realPage: PageWeight | Error;
    if (realBuild.ok) realPage = pageWeight(realSite);
    else {
      failed = true;
      realPage = new Error(`real site build failed:\n${realBuild.tail}`);
      progress(realPage.message);
    }

    // 3. Build time, plain Astro vs the project, at each size.
    const builds: BuildPair[] = [];
    const searches: { articles: number; figures: SearchFigures | Error }[] = [];
    const skipped: { articles: number; reason: string }[] = [];
    let generatedPage: PageWeight | Error = new Error('no generated build');
    let firstBuild: { dir: string; articles: number; build: RenderedBuild } | undefined;
    for (const articles of options.sizes) {
      const skip = memoryGuard(builds, articles);
      if (skip) {
        progress(`build ${articles} articles: skipped, ${skip}`);
        skipped.push({ articles, reason: skip });
        continue;
      }
      const content = corpus(articles);
      progress(`build ${articles} articles: plain Astro site`);
      const plainDir = plainSite(content, `plain-${articles}`);
      sites.push(plainDir);
      const plain = await buildSite(plainDir);
      progress(`build ${articles} articles: plain ${plain.ok ? `${plain.seconds.toFixed(1)} s` : 'FAILED'}; now the project (copy of the working tree)`);
      const projectDir = projectSite(content, `project-${articles}`);
      sites.push(projectDir);
      // The first size's site is rebuilt in place below; the render log tells what its first build annotated.
      const counted = articles === options.sizes[0] ? await buildCountingRenders(projectDir) : undefined;
      if (counted) firstBuild = { dir: projectDir, articles, build: counted };
      const project = counted?.build ?? (await buildSite(projectDir));
      progress(`build ${articles} articles: project ${project.ok ? `${project.seconds.toFixed(1)} s` : 'FAILED'}`);
      for (const [name, result] of [['plain', plain], ['project', project]] as const) {
        if (!result.ok) {
          failed = true;
          progress(`${name} build of ${articles} articles failed:\n${result.tail}`);
        }
      }
      builds.push({ articles, project, plain });
      if (project.ok && plain.ok) {
        progress(`search ${articles} articles: the project's /search/ page and page-level Pagefind over the plain build, in Chromium`);
        const figures = await measureSearch(articles, join(projectDir, 'dist'), join(plainDir, 'dist'), content).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
        if (figures instanceof Error) failed = true;
        searches.push({ articles, figures });
      }
      if (articles === options.sizes[0] && project.ok) generatedPage = pageWeight(projectDir);
      if (!options.keep) {
        removeDir(plainDir);
        if (articles !== options.sizes[0]) removeDir(projectDir);
      }
    }

    // 4. Rebuilds in place: nothing changed, then one article edited.
    let rebuild: RebuildResult | Error = new Error('no generated build to rebuild');
    if (firstBuild?.build.build.ok) {
      try {
        rebuild = await measureRebuild(firstBuild.dir, firstBuild.articles, firstBuild.build);
      } catch (error) {
        rebuild = error instanceof Error ? error : new Error(String(error));
        progress(`rebuild failed: ${rebuild.message}`);
      }
    }
    if (rebuild instanceof Error) failed = true;

    // 5. Lighthouse and axe on the real site, last: both are sensitive to other work on the machine.
    let quality: QualityResult | Error = new Error('the real site did not build');
    if (realBuild.ok) {
      try {
        const quick = options.mode === 'quick';
        // --quick: one Lighthouse run on one page, axe at phone width only, to stay within two minutes.
        quality = await measureQuality(realSite, {
          onePage: quick,
          runs: quick ? 1 : 3,
          formFactors: quick ? ['mobile'] : ['mobile', 'desktop'],
          viewports: quick ? ['phone'] : ['desktop', 'phone'],
        });
        if (quality.lighthouseError || quality.axe.some((check) => check.error)) failed = true;
      } catch (error) {
        quality = error instanceof Error ? error : new Error(String(error));
        failed = true;
        progress(`Lighthouse and axe failed: ${quality.message}`);
      }
    }

    const rows: Row[] = [
      ...annotationRows(annotation),
      ...pageRows('real site', realPage),
      ...pageRows(`generated ${options.sizes[0]}`, generatedPage).filter((row) => !row.measure.startsWith('JavaScript')),
      ...buildRows(builds),
      ...searches.flatMap(({ articles, figures }) => searchRows(figures, articles)),
      ...skipped.map(({ articles, reason }): Row => ({ measure: `build, ${articles.toLocaleString('en')} articles`, value: `skipped: ${reason}`, baseline: '', ratio: '', budget: '', verdict: 'n/a' })),
      ...rebuildRows(rebuild),
      ...qualityRows(quality),
    ];
    const seconds = (performance.now() - started) / 1000;
    const info = { ...machine(), loadAverage: { before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0]!.toFixed(2)) } };
    const tree = treeState();
    const table = textTable(rows);
    console.log(table);
    console.log(`\n${options.mode} run in ${seconds.toFixed(0)} s on ${info.nproc} CPUs (${info.cpu}), ${info.memoryGB} GB, Node ${info.node}`);

    const results = {
      date: new Date().toISOString(),
      mode: options.mode,
      seconds: Number(seconds.toFixed(1)),
      options,
      machine: info,
      tree,
      budgets: { ...BUDGET, ...QUALITY_BUDGET },
      rows,
      annotation: annotation instanceof Error ? { error: annotation.message } : annotation,
      pageWeight: { real: realPage instanceof Error ? { error: realPage.message } : realPage, generated: generatedPage instanceof Error ? { error: generatedPage.message } : generatedPage },
      builds: [{ articles: 'real site', project: realBuild }, ...builds],
      skipped,
      search: searches.map(({ articles, figures }) => (figures instanceof Error ? { articles, error: figures.message } : figures)),
      rebuild: rebuild instanceof Error ? { error: rebuild.message } : rebuild,
      quality: quality instanceof Error ? { error: quality.message } : quality,
    };
    const benchDir = join(PROJECT_ROOT, 'bench');
    writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    const resultsFile = join(benchDir, 'RESULTS.md');
    // Hand-written notes after the marker survive the rewrite.
    const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
    const notes = previous.includes(NOTES_MARKER) ? `\n${previous.slice(previous.indexOf(NOTES_MARKER))}` : '';
    writeFileSync(resultsFile, resultsMarkdown(rows, results.date, seconds, options, info, tree, annotation, realPage, generatedPage, builds, [...searches.map(({ articles, figures }) => searchNote(figures, articles)), ...rebuildNotes(rebuild), ...qualityNotes(quality)]) + notes);
    progress(`wrote bench/results.json and bench/RESULTS.md`);
  } finally {
    if (options.keep) progress(`kept ${work} and ${sites.join(', ')}`);
    cleanUp();
  }
  if (failed) process.exitCode = 1;
}

function resultsMarkdown(
  rows: readonly Row[],
  date: string,
  seconds: number,
  options: Options,
  info: ReturnType<typeof machine> & { loadAverage: { before: number; after: number } },
  tree: ReturnType<typeof treeState>,
  annotation: AnnotationResult | Error,
  realPage: PageWeight | Error,
  generatedPage: PageWeight | Error,
  builds: readonly BuildPair[],
  moreNotes: readonly string[],
): string {
  const phase = (value: number | null) => (value === null ? '?' : `${value.toFixed(1)} s`);
  const side = (name: string, b: BuildResult) =>
    b.ok
      ? `${name} ${b.seconds.toFixed(1)} s wall (${b.cpuSeconds?.toFixed(1) ?? '?'} s CPU); Astro: ${b.pageCount ?? '?'} pages in ${phase(b.phases.astroTotal)} = content sync ${phase(b.phases.contentSync)} + bundling ${phase(b.phases.bundling)} + page generation ${phase(b.phases.pages)} + build:done hooks ${phase(b.phases.hooks)}; peak RSS ${b.peakRssMB?.toFixed(0) ?? '?'} MB`
      : `${name} failed: ${b.tail.split('\n').at(-1) ?? ''}`;
  const buildNote = (pair: BuildPair) => `- Build of ${pair.articles.toLocaleString('en')} articles: ${side('project', pair.project)}; ${side('plain Astro', pair.plain)}.`;
  const command = options.mode === 'default' ? 'npm run bench' : `npm run bench -- --${options.mode}`;
  const annotationNotes = (result: AnnotationResult | Error): string[] => {
    if (result instanceof Error) return [`- Annotation failed: ${firstLine(result)}`];
    const s = result.stats;
    const count = (record: Record<string, number>) =>
      Object.entries(record)
        .sort((a, b) => b[1] - a[1])
        .map(([key, n]) => `${key} ${n}`)
        .join(', ') || 'none';
    return [
      `- Annotation corpus: ${result.docs} articles, ${(result.bytes / 1e6).toFixed(2)} MB of markdown; each document's fastest of ${options.rounds} rounds, after a warm-up. ` +
        `Per kind, annotated (plain): ${Object.entries(result.parse.kinds)
          .map(([kind, k]) => `${kind}s ${k.annotatedMsPerKB.toFixed(2)} (${k.plainMsPerKB.toFixed(2)}) ms/KB`)
          .join(', ')}.`,
      `- What the annotator found: ${s.articles} files (${s.transcripts} transcripts), ${s.turns} turns, ${s.quotes} quotes (${s.attributed} attributed; ${count(s.methods)}); ` +
        `warnings: ${count(s.warnings)}; ${s.sharedSpeakers} speakers appear in two or more articles.`,
      `- Long inputs, plain remark on the same text: ${result.long.map((l) => `${l.name} ${ms(l.plain.ms)} (${l.plain.msPerKB.toFixed(2)} ms/KB; annotated/plain ${times(l.annotated.ms / l.plain.ms)})`).join('; ')}.`,
      ...result.failures.map((failure) => `- The annotator threw on \`${failure.name}\`: ${failure.error}`),
    ];
  };
  const pageNote = (label: string, page: PageWeight | Error) =>
    page instanceof Error
      ? `- ${label}: ${page.message.split('\n')[0]}`
      : `- ${label}: \`${page.slug}\`, ${page.turns} turns, ${page.quotes} quotes. HTML ${kb(page.html.raw)} (${kb(page.html.gzip)} gzip, ${kb(page.html.brotli)} br); ` +
        `CSS ${page.css.map((c) => `${c.href} ${kb(c.raw)} (${kb(c.gzip)} gzip)`).join(', ') || 'none'}; ` +
        `scripts ${page.scripts.map((j) => `${j.href.split('/').pop()} ${j.raw} B`).join(', ') || 'none'}; readable without JavaScript: ${page.readableWithoutJs ? 'yes' : 'NO'}.`;
  return `# Benchmark results

\`${command}\` on ${date.slice(0, 10)}, ${seconds.toFixed(0)} s in all (written by bench/run.ts; see bench/README.md for what each figure means).

Machine: \`nproc\` ${info.nproc} (${info.cpu}), ${info.memoryGB} GB memory, Node ${info.node}, ${info.os}; 1-minute load average ${info.loadAverage.before} before, ${info.loadAverage.after} after.
Code: commit ${tree.commit}${tree.changed.length ? ` plus ${tree.changed.length} uncommitted changes under src/, content/ or the config (${tree.changed.join(', ')})` : ''}.
Corpus: \`node bench/generate.ts --seed ${options.seed}\` (builds at ${options.sizes.join(', ')} articles; annotation over ${options.articles}).

${markdownTable(rows)}

## Details

${annotationNotes(annotation).join('\n')}
${pageNote('Real site, largest transcript page', realPage)}
${pageNote('Generated corpus, largest transcript page', generatedPage)}
${builds.map(buildNote).join('\n')}
${moreNotes.join('\n')}
`;
}

await main();
