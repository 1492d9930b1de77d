/**
 * Where annotation time goes: runs the annotated remark pipeline over a generated corpus under V8's CPU profiler
 * (the profiler behind `node --cpu-prof`), writes the .cpuprofile (open it in Chrome DevTools → Performance)
 * and prints the hottest functions, by self and by inclusive time, and the time per area.
 *
 *   node bench/profile.ts [--articles 100] [--seed 1] [--rounds 2] [--out /tmp/annotate.cpuprofile]
 *   node bench/profile.ts --long-article 2000     # one generated article of about 2,000 KB instead
 *   node bench/profile.ts --long-transcript 4000  # one generated transcript of 4,000 turns instead
 *   node bench/profile.ts --summarize some.cpuprofile     # a profile made with node --cpu-prof
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkAnnotate from '../src/annotate/remark.ts';
import { readRegistry } from '../src/content/registry-file.ts';
import { parseArticleSource } from '../src/content/source.ts';
import { readDocs, type Doc } from './annotation.ts';
import { generate, generateLongArticle, generateLongTranscript, PROJECT_ROOT } from './generate.ts';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: a file of this project, a package, or V8 itself. */
function area(url: string): string {
  if (!url) return '(V8: GC, regexp compilation, idle)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1]!;
  if (path.startsWith(PROJECT_ROOT)) return relative(PROJECT_ROOT, path);
  return path.startsWith('node:') ? 'node internals' : path;
}

const frameKey = (frame: CallFrame) => `${frame.functionName || '(anonymous)'} ${area(frame.url)}:${frame.lineNumber + 1}`;

export interface Hot {
  key: string;
  ms: number;
  share: number;
}

/** Self time per function and per area, and inclusive time per function (each function counted once per sample). */
export function summarize(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const areas = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = (profile.timeDeltas[index] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') return;
    total += delta;
    self.set(frameKey(node.callFrame), (self.get(frameKey(node.callFrame)) ?? 0) + delta);
    areas.set(area(node.callFrame.url), (areas.get(area(node.callFrame.url)) ?? 0) + delta);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = frameKey(byId.get(at)!.callFrame);
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + delta);
      seen.add(key);
    }
  });
  const top = (map: Map<string, number>, filter: (key: string) => boolean, count: number): Hot[] =>
    [...map]
      .filter(([key]) => filter(key))
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, ms]) => ({ key, ms, share: ms / total }));
  const annotate = (key: string) => key.includes(' src/annotate/');
  return {
    totalMs: total,
    areas: top(areas, () => true, 12),
    selfAnnotate: top(self, annotate, 15),
    inclusiveAnnotate: top(inclusive, (key) => annotate(key) && !key.startsWith('(anonymous)'), 15),
    selfAll: top(self, () => true, 15),
  };
}

function print(summary: ReturnType<typeof summarize>): void {
  const line = (hot: Hot) => `  ${hot.ms.toFixed(0).padStart(7)} ms ${(hot.share * 100).toFixed(1).padStart(5)}%  ${hot.key}`;
  console.log(`profiled ${summary.totalMs.toFixed(0)} ms (idle excluded)\n\nself time by area:`);
  summary.areas.forEach((hot) => console.log(line(hot)));
  console.log('\nhottest functions, self time, all code:');
  summary.selfAll.forEach((hot) => console.log(line(hot)));
  console.log('\nhottest functions in src/annotate, self time:');
  summary.selfAnnotate.forEach((hot) => console.log(line(hot)));
  console.log('\nsrc/annotate functions by inclusive time (with what they call):');
  summary.inclusiveAnnotate.forEach((hot) => console.log(line(hot)));
}

async function main(argv: string[]): Promise<void> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) flags.set(argv[i]!.replace(/^--/, ''), argv[i + 1] ?? '');
  const summarizeFile = flags.get('summarize');
  if (summarizeFile) {
    print(summarize(JSON.parse(readFileSync(summarizeFile, 'utf8')) as CpuProfile));
    return;
  }
  const articles = Number(flags.get('articles') ?? 100);
  const rounds = Number(flags.get('rounds') ?? 2);
  const out = resolve(flags.get('out') ?? join(tmpdir(), 'annotate.cpuprofile'));
  const root = mkdtempSync(join(tmpdir(), 'wsw-bench-profile-'));
  try {
    const seed = Number(flags.get('seed') ?? 1);
    const longArticle = flags.get('long-article');
    const longTranscript = flags.get('long-transcript');
    let docs: Doc[];
    if (longArticle || longTranscript) {
      const file = longArticle ? generateLongArticle(seed, Number(longArticle) * 1024) : generateLongTranscript(seed, Number(longTranscript));
      const source = parseArticleSource(file.text, `${file.slug}.md`);
      docs = [{ name: file.slug, body: source.body, frontmatter: { ...source.frontmatter }, bytes: Buffer.byteLength(source.body) }];
      generate(0, seed, root);
    } else {
      generate(articles, seed, root);
      docs = readDocs(root);
    }
    const { registry } = readRegistry(root);
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkAnnotate, { registry });
    const pass = async () => {
      for (const doc of docs) {
        const file = new VFile({ value: doc.body, data: { astro: { frontmatter: { ...doc.frontmatter } } } });
        await processor.run(processor.parse(file), file);
      }
    };
    await pass(); // warm-up, not profiled
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    for (let round = 0; round < rounds; round++) await pass();
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    writeFileSync(out, JSON.stringify(profile));
    console.log(`${docs.length} document(s), ${(docs.reduce((n, d) => n + d.bytes, 0) / 1024).toFixed(0)} KB, x ${rounds} rounds, annotated parse+run; profile written to ${out}\n`);
    print(summarize(profile as unknown as CpuProfile));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
