/**
 * Measure 1: what the annotator costs on top of plain remark, on the same markdown.
 *
 * - parse+run: unified + remark-parse + remark-gfm (+ the annotate plugin), as src/cli/annotate-content.ts runs it;
 * - render: the whole markdown-to-HTML renderer Astro uses (`unified(markdownOptions())` from astro.config.ts),
 *   against the same renderer with no plugin.
 */
import { unified as astroUnified } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkAnnotate, { ANNOTATION_KEY, frontmatterOf } from '../src/annotate/remark.ts';
import type { Registry } from '../src/annotate/registry.ts';
import type { Annotation } from '../src/annotate/types.ts';
import { readArticles } from '../src/content/articles.ts';
import { readRegistry } from '../src/content/registry-file.ts';
import { parseArticleSource } from '../src/content/source.ts';
import { markdownOptions } from '../src/markdown.ts';
import { generateLongArticle, generateLongTranscript, type GeneratedFile } from './generate.ts';
import { progress, time } from './stats.ts';

/** One markdown document as the pipelines see it: the body, and the frontmatter the plugin reads. */
export interface Doc {
  name: string;
  body: string;
  frontmatter: Record<string, unknown>;
  bytes: number;
}

type Run = (doc: Doc) => Promise<unknown>;

export interface Timing {
  /** Time for the whole set, ms: the sum over documents of each one's fastest round. */
  ms: number;
  /** Time for the whole set in each round, ms. */
  rounds: number[];
  msPerDoc: number;
  msPerKB: number;
  mbPerSecond: number;
}

export interface LongInput {
  name: string;
  kind: string;
  kb: number;
  annotated: Timing;
  plain: Timing;
}

export interface CorpusStats {
  articles: number;
  transcripts: number;
  turns: number;
  quotes: number;
  attributed: number;
  /** Quotes by attribution method (`unattributed` when none). */
  methods: Record<string, number>;
  warnings: Record<string, number>;
  /** People or organisations that speak or are quoted in two or more articles (entity pages that aggregate). */
  sharedSpeakers: number;
}

export interface AnnotationResult {
  docs: number;
  bytes: number;
  rounds: number;
  parse: Comparison;
  render: Comparison;
  long: LongInput[];
  stats: CorpusStats;
  failures: Failure[];
}

function parseRunner(registry: Registry | null): Run {
  const processor = registry
    ? unified().use(remarkParse).use(remarkGfm).use(remarkAnnotate, { registry })
    : unified().use(remarkParse).use(remarkGfm);
  return async (doc) => {
    const file = new VFile({ value: doc.body, data: { astro: { frontmatter: { ...doc.frontmatter } } } });
    const tree: Root = processor.parse(file);
    return processor.run(tree, file);
  };
}

async function renderRunner(root: string, annotated: boolean): Promise<Run> {
  const processor = annotated ? astroUnified(markdownOptions(root)) : astroUnified({ gfm: true, smartypants: false });
  const renderer = await processor.createRenderer({});
  return (doc) => renderer.render(doc.body, { frontmatter: { ...doc.frontmatter } });
}

/** Annotated and plain ms per KB over the documents of one kind (article / transcript). */
export interface KindTiming {
  docs: number;
  kb: number;
  annotatedMsPerKB: number;
  plainMsPerKB: number;
}

export interface Comparison {
  annotated: Timing;
  plain: Timing;
  kinds: Record<string, KindTiming>;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** The set's time: each document's fastest round, summed (background load only ever adds time). */
function timing(perDoc: readonly number[][], docs: readonly Doc[]): Timing {
  const ms = sum(perDoc.map((times) => Math.min(...times)));
  const bytes = sum(docs.map((doc) => doc.bytes));
  const rounds = perDoc[0]?.map((_, round) => sum(perDoc.map((times) => times[round] ?? 0))) ?? [];
  return { ms, rounds, msPerDoc: ms / docs.length, msPerKB: ms / (bytes / 1024), mbPerSecond: bytes / 1e6 / (ms / 1000) };
}

/**
 * Times two pipelines over the same documents. Every round runs both on each document, back to back in
 * alternating order, so background load and GC drift hit both alike. With `warmUp`, both first run untimed
 * over the first 20 documents.
 */
async function compare(annotated: Run, plain: Run, docs: readonly Doc[], rounds: number, warmUp = true): Promise<Comparison> {
  if (warmUp) {
    // Enough documents to get both pipelines compiled; a whole pass would only add minutes at 1,000 articles.
    for (const doc of docs.slice(0, 20)) {
      await plain(doc);
      await annotated(doc);
    }
  }
  const timesA = docs.map((): number[] => []);
  const timesP = docs.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    for (const [index, doc] of docs.entries()) {
      if ((index + round) % 2 === 0) {
        timesP[index]!.push(await time(() => plain(doc)));
        timesA[index]!.push(await time(() => annotated(doc)));
      } else {
        timesA[index]!.push(await time(() => annotated(doc)));
        timesP[index]!.push(await time(() => plain(doc)));
      }
    }
  }
  const kinds: Record<string, KindTiming> = {};
  for (const kind of new Set(docs.map((doc) => String(doc.frontmatter['kind'])))) {
    const indexes = [...docs.keys()].filter((index) => String(docs[index]!.frontmatter['kind']) === kind);
    const kb = sum(indexes.map((index) => docs[index]!.bytes)) / 1024;
    const best = (times: number[][]) => sum(indexes.map((index) => Math.min(...times[index]!)));
    kinds[kind] = { docs: indexes.length, kb, annotatedMsPerKB: best(timesA) / kb, plainMsPerKB: best(timesP) / kb };
  }
  return { annotated: timing(timesA, docs), plain: timing(timesP, docs), kinds };
}

const toDoc = (name: string, body: string, frontmatter: Record<string, unknown>): Doc => ({ name, body, frontmatter, bytes: Buffer.byteLength(body) });

/** The corpus under `root` (a content root), read and validated by the project's own reader. */
export function readDocs(root: string): Doc[] {
  const { registry } = readRegistry(root);
  return readArticles(root, registry).map((article) => toDoc(article.slug, article.body, { ...article.frontmatter }));
}

function docOf(file: GeneratedFile): Doc {
  const source = parseArticleSource(file.text, `${file.slug}.md`);
  return toDoc(file.slug, source.body, { ...source.frontmatter });
}

/** A document the annotator threw on: left out of the timings, reported. */
export interface Failure {
  name: string;
  error: string;
}

const firstLine = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0]!;

/** One annotated pass over the corpus, untimed: what it found, and which documents make the annotator throw. */
async function corpusStats(registry: Registry, docs: readonly Doc[]): Promise<{ stats: CorpusStats; failures: Failure[] }> {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkAnnotate, { registry });
  const stats: CorpusStats = { articles: 0, transcripts: 0, turns: 0, quotes: 0, attributed: 0, methods: {}, warnings: {}, sharedSpeakers: 0 };
  const failures: Failure[] = [];
  const articlesBySpeaker = new Map<string, Set<string>>();
  const note = (speaker: string | null, doc: string) => {
    if (speaker) articlesBySpeaker.set(speaker, (articlesBySpeaker.get(speaker) ?? new Set()).add(doc));
  };
  for (const doc of docs) {
    const file = new VFile({ value: doc.body, data: { astro: { frontmatter: { ...doc.frontmatter } } } });
    try {
      await processor.run(processor.parse(file), file);
    } catch (error) {
      failures.push({ name: doc.name, error: firstLine(error) });
      continue;
    }
    const annotation = frontmatterOf(file)[ANNOTATION_KEY] as Annotation;
    stats.articles++;
    if (doc.frontmatter['kind'] === 'transcript') stats.transcripts++;
    stats.turns += annotation.turns.length;
    stats.quotes += annotation.quotes.length;
    for (const turn of annotation.turns) note(turn.speaker, doc.name);
    for (const quote of annotation.quotes) {
      if (quote.speakerName) stats.attributed++;
      const method = quote.attribution ?? 'unattributed';
      stats.methods[method] = (stats.methods[method] ?? 0) + 1;
      note(quote.speaker, doc.name);
    }
    for (const message of file.messages) {
      const rule = message.ruleId ?? 'annotate';
      stats.warnings[rule] = (stats.warnings[rule] ?? 0) + 1;
    }
  }
  stats.sharedSpeakers = [...articlesBySpeaker.values()].filter((set) => set.size >= 2).length;
  return { stats, failures };
}

/**
 * Runs measure 1 over the content root `root` (its content/articles and entities.yaml), plus one long article
 * of about `longBytes` and one transcript of `longTurns` turns made from `seed`.
 * Documents the annotator throws on are left out of the timings and listed in `failures`.
 */
export async function measureAnnotation(root: string, options: { seed: number; rounds: number; longBytes: number; longTurns: number }): Promise<AnnotationResult> {
  const { registry } = readRegistry(root);
  const all = readDocs(root);
  progress(`annotation: checking ${all.length} articles and counting turns, quotes and warnings`);
  const { stats, failures } = await corpusStats(registry, all);
  for (const failure of failures.slice(0, 5)) progress(`annotation: the annotator threw on ${failure.name}: ${failure.error}`);
  if (failures.length > 5) progress(`annotation: … and on ${failures.length - 5} more`);
  const failed = new Set(failures.map((failure) => failure.name));
  const docs = all.filter((doc) => !failed.has(doc.name));
  if (docs.length === 0) throw new Error(`the annotator threw on every article (${failures[0]?.error ?? 'no articles'})`);
  const bytes = docs.reduce((sum, doc) => sum + doc.bytes, 0);
  const annotatedParse = parseRunner(registry);
  const plainParse = parseRunner(null);

  progress(`annotation: parse+run over ${docs.length} articles (${(bytes / 1e6).toFixed(2)} MB), ${options.rounds} rounds each, with and without the plugin`);
  const parse = await compare(annotatedParse, plainParse, docs, options.rounds);
  progress(`annotation: full markdown-to-HTML render (Astro's unified renderer), with and without the plugin`);
  const render = await compare(await renderRunner(root, true), await renderRunner(root, false), docs, options.rounds);

  const long: LongInput[] = [];
  for (const file of [generateLongArticle(options.seed, options.longBytes), generateLongTranscript(options.seed, options.longTurns)]) {
    const doc = docOf(file);
    progress(`annotation: ${doc.name} (${(doc.bytes / 1024).toFixed(0)} KB)`);
    try {
      // The pipelines are warm from the corpus: no warm-up pass over a megabyte.
      const { annotated, plain } = await compare(annotatedParse, plainParse, [doc], options.rounds, false);
      long.push({ name: doc.name, kind: file.kind, kb: doc.bytes / 1024, annotated, plain });
    } catch (error) {
      failures.push({ name: doc.name, error: firstLine(error) });
      progress(`annotation: the annotator threw on ${doc.name}: ${firstLine(error)}`);
    }
  }
  return { docs: docs.length, bytes, rounds: options.rounds, parse, render, long, stats, failures };
}
