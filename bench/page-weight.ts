/**
 * Measure 2: what a reader downloads for a transcript page. The page's HTML plus the stylesheets it links,
 * each file compressed on its own (as it travels), with gzip (zlib default level 6) and brotli (quality 11,
 * node:zlib's default); and the JavaScript it links, with the module imports those scripts pull in.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { readDocs } from './annotation.ts';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  /** Slug of the largest transcript page. */
  slug: string;
  turns: number;
  quotes: number;
  html: Sizes;
  css: (Sizes & { href: string })[];
  /** HTML plus linked CSS, each compressed on its own. */
  total: Sizes;
  /** The article's markdown text alone (no frontmatter), compressed: the words without any page. */
  source: Sizes;
  scripts: (Sizes & { href: string; type: string })[];
  js: Sizes;
  /** Every paragraph, turn and quote of the page's data file is in the HTML itself: nothing waits for a script. */
  readableWithoutJs: boolean;
  /** JavaScript needed to read: 0 when readable without it, else all of it. */
  requiredJsBytes: number;
}

const sizes = (bytes: Buffer): Sizes => ({ raw: bytes.length, gzip: gzipSync(bytes).length, brotli: brotliCompressSync(bytes).length });
const sum = (list: readonly Sizes[]): Sizes => ({
  raw: list.reduce((n, s) => n + s.raw, 0),
  gzip: list.reduce((n, s) => n + s.gzip, 0),
  brotli: list.reduce((n, s) => n + s.brotli, 0),
});

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined) ?? null;

/** A site path (`/_astro/x.css`) as a file in `dist`, or null for other origins. */
function localFile(dist: string, href: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(href) || href.startsWith('data:')) return null;
  const file = join(dist, decodeURIComponent(href.split(/[?#]/)[0]!));
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** A module script and the files it statically imports (`import … from "./x.js"`), each once. */
function moduleGraph(dist: string, entry: string, seen: Set<string>): string[] {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  const files = [entry];
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+)["']/g)) {
    const spec = match[1]!;
    const target = spec.startsWith('/') ? localFile(dist, spec) : spec.startsWith('.') ? join(dirname(entry), spec) : null;
    if (target && existsSync(target)) files.push(...moduleGraph(dist, target, seen));
  }
  return files;
}

/** Measures the largest transcript page of a built site (`<siteDir>/dist`), whose content is `<siteDir>/content`. */
export function measurePageWeight(siteDir: string): PageWeight {
  const dist = join(siteDir, 'dist');
  const docs = new Map(readDocs(siteDir).map((doc) => [doc.name, doc]));
  const pages = readdirSync(join(dist, 'articles'))
    .filter((slug) => docs.get(slug)?.frontmatter['kind'] === 'transcript' && existsSync(join(dist, 'articles', slug, 'index.html')))
    .map((slug) => ({ slug, bytes: statSync(join(dist, 'articles', slug, 'index.html')).size }))
    .sort((a, b) => b.bytes - a.bytes);
  const page = pages[0];
  if (!page) throw new Error(`no transcript page in ${dist}/articles`);
  const htmlBytes = readFileSync(join(dist, 'articles', page.slug, 'index.html'));
  const html = htmlBytes.toString('utf8');

  const css: PageWeight['css'] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(tag, 'href');
    if (!/stylesheet/i.test(attribute(tag, 'rel') ?? '') || !href) continue;
    const file = localFile(dist, href);
    if (file) css.push({ href, ...sizes(readFileSync(file)) });
  }

  const scripts: PageWeight['scripts'] = [];
  const seen = new Set<string>();
  for (const [tag, body] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
    const type = attribute(tag!, 'type') ?? 'classic';
    if (/json|importmap/i.test(type) && !/module/i.test(type)) continue;
    const src = attribute(tag!, 'src');
    if (!src) {
      if (body!.trim()) scripts.push({ href: '(inline)', type, ...sizes(Buffer.from(body!)) });
      continue;
    }
    const file = localFile(dist, src);
    if (!file) continue;
    const files = type === 'module' ? moduleGraph(dist, file, seen) : [file];
    files.forEach((path, index) => scripts.push({ href: index === 0 ? src : `${src} → ${path.slice(dist.length)}`, type, ...sizes(readFileSync(path)) }));
  }

  // The data file lists every paragraph, turn and quote: all of them must already be in the HTML.
  const data = JSON.parse(readFileSync(join(dist, 'data/articles', `${page.slug}.json`), 'utf8')) as {
    paragraphs: { id: string }[];
    turns: { id: string }[];
    quotes: { id: string }[];
  };
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
  const readableWithoutJs = [...data.paragraphs, ...data.turns, ...data.quotes].every((item) => ids.has(item.id));
  const js = sum(scripts);
  const htmlSizes = sizes(htmlBytes);
  const doc = docs.get(page.slug)!;
  return {
    slug: page.slug,
    turns: data.turns.length,
    quotes: data.quotes.length,
    html: htmlSizes,
    css,
    total: sum([htmlSizes, ...css]),
    source: sizes(Buffer.from(doc.body)),
    scripts,
    js,
    readableWithoutJs,
    requiredJsBytes: readableWithoutJs ? 0 : js.raw,
  };
}
