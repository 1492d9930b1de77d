/**
 * Deterministic synthetic corpus in the project's content format: NPR-style transcripts and news articles
 * with quotes in many attribution styles, names with diacritics and a shared pool of speakers.
 *
 *   node bench/generate.ts --count 1000 --seed 1 --out /tmp/corpus
 *
 * writes /tmp/corpus/content/articles/*.md and a copy of content/entities.yaml: a site content root.
 * Article i depends only on (seed, i), so a corpus of 100 is the first 100 of a corpus of 1,000.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom, subSeed, type Random } from './random.ts';
import * as W from './words.ts';

export type Kind = 'transcript' | 'article';

export interface Person {
  name: string;
  /** What a later mention uses: "Ødegaard". */
  surname: string;
  pronoun: 'he' | 'she';
  /** Who they are, after the first mention: "a senior economist at the Halden Institute". */
  description: string;
}

export interface GeneratedFile {
  slug: string;
  kind: Kind;
  text: string;
}

export interface GenerateOptions {
  /** Force the kind; default: about 40% transcripts. */
  kind?: Kind;
  /** Article paragraphs (default 8–30). */
  paragraphs?: number;
  /** Transcript turns (default 10–60). */
  turns?: number;
}

export const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));
const REGISTRY_FILE = join(PROJECT_ROOT, 'content/entities.yaml');

// ---------------------------------------------------------------------------------------------
// People: one pool per seed, shared by every article, so entity pages aggregate across articles.

interface Pool {
  people: Person[];
  hosts: Person[];
  reporters: Person[];
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

function describe(random: Random): string {
  const role = random.pick(W.ROLES);
  const organization = random.pick(W.ORGANIZATIONS);
  switch (random.int(0, 3)) {
    case 0: {
      const modifier = random.pick(W.ROLE_MODIFIERS);
      return `${article(modifier)} ${modifier} ${role} at the ${organization}`;
    }
    case 1:
      return `${article(role)} ${role} with the ${organization}`;
    case 2:
      return `the ${organization}’s ${role}`;
    default:
      return `${article(role)} ${role} in ${random.pick(W.PLACES)}`;
  }
}

const pools = new Map<number, Pool>();

/** The shared cast for a seed: 240 people quoted across articles, 8 hosts, 24 reporters. */
export function poolFor(seed: number): Pool {
  const cached = pools.get(seed);
  if (cached) return cached;
  const random = createRandom(subSeed(seed, 0, 0x9001));
  const used = new Set<string>();
  const person = (): Person => {
    for (;;) {
      if (random.chance(0.04)) {
        const [name, pronoun] = random.pick(W.FULL_NAMES);
        if (used.has(name)) continue;
        used.add(name);
        return { name, surname: name.split(' ').at(-1) ?? name, pronoun, description: describe(random) };
      }
      const [given, pronoun] = random.pick(W.GIVEN_NAMES);
      const surname = random.pick(W.SURNAMES);
      const name = `${given} ${surname}`;
      if (used.has(name)) continue;
      used.add(name);
      return { name, surname, pronoun, description: describe(random) };
    }
  };
  const take = (count: number) => Array.from({ length: count }, person);
  const pool = { hosts: take(8), reporters: take(24), people: take(240) };
  pools.set(seed, pool);
  return pool;
}

// ---------------------------------------------------------------------------------------------
// Prose: grammatical-looking sentences from the word lists, with realistic lengths.

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

const PLURAL_DETERMINERS = new Set(['several', 'many', 'some', 'two', 'three', 'their', 'our']);

/** English plural of the word lists' nouns: "family" → "families", "tax" → "taxes". */
const IRREGULAR: Record<string, string> = { analysis: 'analyses', data: 'data', evidence: 'evidence', emissions: 'emissions', housing: 'housing', child: 'children', aircraft: 'aircraft', waste: 'waste', weather: 'weather', pollution: 'pollution', recycling: 'recycling', rent: 'rents' };

export function plural(noun: string): string {
  const irregular = IRREGULAR[noun];
  if (irregular) return irregular;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

function nounPhrase(random: Random): string {
  const roll = random.next();
  if (roll < 0.07) return random.pick(W.PLACES);
  if (roll < 0.12) return `the ${random.pick(W.ORGANIZATIONS)}`;
  const determiner = random.pick(W.DETERMINERS);
  const adjective = random.chance(0.45) ? `${random.pick(W.ADJECTIVES)} ` : '';
  const noun = random.pick(W.NOUNS);
  const many = PLURAL_DETERMINERS.has(determiner) && (determiner !== 'their' && determiner !== 'our' ? true : random.chance(0.5));
  const phrase = `${determiner} ${adjective}${many ? plural(noun) : noun}`.replace(/^a (?=[aeiou])/, 'an ');
  return random.chance(0.18) ? `${phrase} of the ${random.pick(W.NOUNS)}` : phrase;
}

function clause(random: Random): string {
  let text = `${nounPhrase(random)} ${random.pick(W.VERBS)} ${nounPhrase(random)}`;
  if (random.chance(0.55)) text += ` ${random.pick(W.PREPOSITIONS)} ${nounPhrase(random)}`;
  return text;
}

/** One sentence of about `target` words, ending with a full stop. */
function sentence(random: Random, target = random.around(21, 14, 6, 48)): string {
  let text = random.chance(0.2) ? `${random.pick(W.ADVERBIALS)}, ${clause(random)}` : clause(random);
  while (countWords(text) < target) {
    text += random.chance(0.3) ? `, ${random.pick(W.CONJUNCTIONS)} ${clause(random)}` : ` ${random.pick(W.CONJUNCTIONS)} ${clause(random)}`;
  }
  if (random.chance(0.1)) text += `, ${random.pick(W.ADVERBIALS)}`;
  return `${capitalize(text)}.`;
}

const sentences = (random: Random, count: number) => Array.from({ length: count }, () => sentence(random)).join(' ');

/** Words someone says: first person, one to three sentences. Ends with a full stop. */
function spoken(random: Random, maxSentences = 3): string {
  const count = random.int(1, maxSentences);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const opener = random.pick(W.QUOTE_OPENERS);
    let text = `${opener} ${random.pick(W.QUOTE_VERBS)} ${nounPhrase(random)}`;
    if (random.chance(0.5)) text += ` ${random.pick(W.PREPOSITIONS)} ${nounPhrase(random)}`;
    if (random.chance(0.3)) text += ` ${random.pick(W.CONJUNCTIONS)} ${clause(random)}`;
    parts.push(`${text}.`);
  }
  return parts.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Quote marks and attribution.

interface Marks {
  open: string;
  close: string;
}
const CURLY: Marks = { open: '“', close: '”' };
const STRAIGHT: Marks = { open: '"', close: '"' };

/** `“words,”` — the last full stop turned into a comma, as before a cue. */
const quoteComma = (marks: Marks, words: string) => `${marks.open}${words.replace(/\.$/, ',')}${marks.close}`;
const quoteStop = (marks: Marks, words: string) => `${marks.open}${words}${marks.close}`;

class Cast {
  readonly introduced = new Set<string>();
  last: Person | null = null;
  readonly random: Random;
  readonly people: readonly Person[];
  constructor(random: Random, people: readonly Person[]) {
    this.random = random;
    this.people = people;
  }

  /** Someone from the shared pool (skewed: some people are quoted in many articles), or now and then a registry person. */
  choose(): Person {
    if (this.random.chance(0.06)) {
      const known = this.random.pick(W.REGISTRY_PEOPLE);
      return { name: known.name, surname: known.surname, pronoun: known.pronoun, description: known.description };
    }
    return this.random.skewed(this.people, 2.2);
  }

  /** Someone already quoted in this article, or a new person. */
  chooseOrReuse(): Person {
    const known = [...this.introduced];
    if (known.length > 0 && this.random.chance(0.55)) {
      const name = this.random.pick(known);
      const found = this.people.find((p) => p.name === name) ?? W.REGISTRY_PEOPLE.find((p) => p.name === name);
      if (found) return { ...found };
    }
    return this.choose();
  }

  /** First mention: "Zoë Ødegaard, a senior economist at the Halden Institute"; later: "Ødegaard". */
  refer(person: Person, { withDescription = true } = {}): string {
    this.last = person;
    if (this.introduced.has(person.name)) return person.surname;
    this.introduced.add(person.name);
    return withDescription ? `${person.name}, ${person.description},` : person.name;
  }
}

/** Trailing comma of an introduced name is dropped before a full stop. */
const endSentence = (text: string) => `${text.replace(/,$/, '')}.`;

// ---------------------------------------------------------------------------------------------
// Articles.

const HEADLINE_VERBS = ['faces', 'weighs', 'backs', 'rejects', 'delays', 'approves', 'wins', 'loses', 'seeks', 'plans', 'unveils', 'halts', 'expands', 'cuts'];

function headline(random: Random, cast: Cast): string {
  const subject = random.chance(0.5) ? random.pick(W.PLACES) : cast.choose().surname;
  return `${subject} ${random.pick(HEADLINE_VERBS)} ${random.pick(W.ADJECTIVES)} ${random.pick(W.NOUNS)} as ${random.pick(W.NOUNS)} ${plural(random.pick(W.NOUNS))} ${random.pick(['loom', 'stall', 'grow', 'ease', 'mount'])}`;
}

function quoteParagraph(random: Random, cast: Cast, marks: Marks, publisher: string): string[] {
  const words = spoken(random);
  const style = random.int(0, 11);
  const lead = random.chance(0.35) ? `${sentence(random)} ` : '';
  switch (style) {
    case 0: {
      const person = cast.choose();
      const name = cast.introduced.has(person.name) ? person.surname : `${person.name}, ${person.description}`;
      cast.refer(person);
      return [`${lead}${quoteComma(marks, words)} said ${name}.`];
    }
    case 1: {
      const person = cast.chooseOrReuse();
      return [`${lead}${quoteComma(marks, words)} ${cast.refer(person, { withDescription: false })} said.`];
    }
    case 2: {
      const person = cast.chooseOrReuse();
      return [`${lead}${cast.refer(person)} said: ${quoteStop(marks, words)}`];
    }
    case 3: {
      // "he added": only after someone was quoted.
      if (!cast.last) return quoteParagraph(random, cast, marks, publisher);
      return [`${quoteComma(marks, words)} ${cast.last.pronoun} ${random.pick(['added', 'said', 'continued', 'warned'])}.`];
    }
    case 4: {
      const person = cast.chooseOrReuse();
      return [`${capitalize(sentence(random).replace(/\.$/, ''))}, according to ${endSentence(cast.refer(person))}`];
    }
    case 5: {
      const source = random.pick(W.UNNAMED_SOURCES);
      const why = random.chance(0.6) ? ', who spoke on condition of anonymity because the talks were private' : '';
      cast.last = null;
      return [`${lead}${quoteComma(marks, words)} said ${source}${why}.`];
    }
    case 6: {
      const person = cast.chooseOrReuse();
      const adjective = random.pick(W.ADJECTIVES);
      const term = `${article(adjective)} ${adjective} ${random.pick(W.NOUNS)}`;
      return [`${lead}${cast.refer(person, { withDescription: false })} called the ${random.pick(W.NOUNS)} ${quoteStop(marks, `${term}.`)}`];
    }
    case 7: {
      const person = cast.chooseOrReuse();
      return [`${quoteComma(marks, words)} ${cast.refer(person, { withDescription: false })} told ${random.pick([publisher, 'reporters', 'the council'])}.`];
    }
    case 8: {
      // A quote running into the next paragraph: the first part has no closing mark.
      const person = cast.chooseOrReuse();
      return [`${marks.open}${spoken(random)}`, `${quoteComma(marks, spoken(random, 2))} ${cast.refer(person, { withDescription: false })} said.`];
    }
    case 9: {
      const document = random.pick(W.DOCUMENTS);
      cast.last = null;
      return [`${lead}${quoteComma(marks, words)} ${document} said.`];
    }
    case 10: {
      // Scare quotes and a so-called term: not quotes.
      const adjective = random.pick(W.ADJECTIVES);
      return [`${capitalize(nounPhrase(random))} ${random.pick(W.VERBS)} a so-called ${quoteStop(marks, adjective)} ${random.pick(W.NOUNS)} ${random.pick(W.PREPOSITIONS)} ${nounPhrase(random)}. ${sentence(random)}`];
    }
    default: {
      // A registry person by description, as wire copy does.
      const known = random.pick(W.REGISTRY_PEOPLE);
      cast.last = { name: known.name, surname: known.surname, pronoun: known.pronoun, description: known.description };
      return [`${quoteComma(marks, words)} ${known.description} said.`];
    }
  }
}

function articleBody(random: Random, cast: Cast, paragraphs: number, marks: Marks, publisher: string, slug: string): string[] {
  const out: string[] = [];
  while (out.length < paragraphs) {
    const roll = random.next();
    if (roll < 0.45) {
      out.push(...quoteParagraph(random, cast, marks, publisher));
      // A quote with no cue of its own continues the last speaker.
      if (cast.last && random.chance(0.15)) out.push(quoteStop(marks, spoken(random, 2)));
    } else if (roll < 0.5) {
      out.push(`${sentence(random)} The ${random.pick(W.NOUNS)} is available in [the full ${random.pick(W.NOUNS)}](https://example.org/${slug}/${random.int(1, 99)}).`);
    } else {
      out.push(sentences(random, random.around(3, 2, 1, 6)));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Transcripts.

const upper = (name: string) => name.toLocaleUpperCase('en');

interface Speaker {
  person: Person;
  /** Full label the first time (`RUTH CALLOWAY, HOST:`), short label after (`CALLOWAY:`). */
  first: string;
  short: string;
  spoken: boolean;
}

const speaker = (person: Person, role?: string): Speaker => ({
  person,
  first: `${upper(person.name)}${role ? `, ${role}` : ''}:`,
  short: `${upper(person.surname)}:`,
  spoken: false,
});

function labelOf(who: Speaker): string {
  const label = who.spoken ? who.short : who.first;
  who.spoken = true;
  return label;
}

/** A reporter's sentence that reports someone else's words, NPR style. */
function reportedQuote(random: Random, cast: Cast): string {
  const person = cast.chooseOrReuse();
  const known = cast.introduced.has(person.name);
  const name = known ? person.surname : `${person.description.replace(/^an? /, 'the ')}, ${person.name},`;
  cast.introduced.add(person.name);
  const words = spoken(random, 2);
  if (!known && random.chance(0.5)) return `${capitalize(name)} said it was, quote, "${words}"`;
  switch (random.int(0, 3)) {
    case 0:
      return `${capitalize(name)} said it was, quote, "${words}"`;
    case 1:
      return `${capitalize(name)} told me, "${words}"`;
    case 2:
      return `${capitalize(name)} called it, quote, ${random.pick(W.ADJECTIVES)} ${random.pick(W.NOUNS)}, unquote.`;
    default:
      return `I asked ${known ? person.surname : person.name} about the ${random.pick(W.NOUNS)}, and ${person.pronoun} said, "${words}"`;
  }
}

function turnText(random: Random, cast: Cast, role: 'host' | 'reporter' | 'guest'): string[] {
  const paragraphs = role === 'host' ? 1 : random.chance(0.3) ? random.int(2, 3) : 1;
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const parts: string[] = [];
    if (i === 0 && role !== 'guest' && random.chance(0.3)) parts.push(random.pick(W.REPLIES));
    const count = role === 'host' ? random.around(2, 1, 1, 3) : random.around(3, 2, 1, 6);
    for (let s = 0; s < count; s++) {
      if (role === 'reporter' && random.chance(0.12)) parts.push(reportedQuote(random, cast));
      else if (role === 'guest') parts.push(spoken(random, 1));
      else parts.push(sentence(random, random.around(16, 10, 4, 40)));
    }
    if (role === 'host' && random.chance(0.4)) parts.push(`What ${random.pick(['happens', 'comes', 'changes'])} next for the ${random.pick(W.NOUNS)}?`);
    out.push(parts.join(' '));
  }
  return out;
}

function transcriptBody(random: Random, cast: Cast, pool: Pool, turns: number): { body: string[]; frontmatter: Record<string, unknown> } {
  const kellyHosts = random.chance(0.2);
  const hostPerson: Person = kellyHosts
    ? { name: 'Mary Louise Kelly', surname: 'Kelly', pronoun: 'she', description: 'the host' }
    : random.pick(pool.hosts);
  const host = speaker(hostPerson, 'HOST');
  const reporter = speaker(random.pick(pool.reporters), 'BYLINE');
  const guests = Array.from({ length: random.int(1, 3) }, () => speaker(cast.choose()));
  const frontmatter: Record<string, unknown> = { program: random.pick(W.PROGRAMS), byline: reporter.person.name };
  const body: string[] = [];
  if (kellyHosts) {
    // The registry knows this host: unlabeled opening paragraphs are hers, and KELLY maps to her id.
    frontmatter['host'] = 'mary-louise-kelly';
    frontmatter['speakers'] = { KELLY: 'mary-louise-kelly' };
    host.spoken = true;
    body.push(sentences(random, random.int(2, 3)), `${sentences(random, 1)} NPR’s ${reporter.person.name} joins us. Hey, ${reporter.person.name.split(' ')[0]}.`);
  }
  let count = 0;
  const push = (who: Speaker, role: 'host' | 'reporter' | 'guest') => {
    const [first = '', ...rest] = turnText(random, cast, role);
    const label = role === 'guest' && who.spoken && random.chance(0.15) ? `${who.short.replace(/:$/, '')} (through interpreter):` : labelOf(who);
    body.push(`${label} ${first}`, ...rest);
    count++;
  };
  push(host, 'host');
  while (count < turns - 2) {
    push(reporter, 'reporter');
    if (count >= turns - 2) break;
    if (random.chance(0.35)) {
      body.push(random.pick(W.STAGE_DIRECTIONS));
      if (random.chance(0.1)) {
        body.push(`UNIDENTIFIED PERSON #${random.int(1, 3)}: ${spoken(random, 1)}`);
        count++;
      } else push(random.pick(guests), 'guest');
    } else {
      push(host, 'host');
    }
  }
  body.push(`${labelOf(host)} That’s NPR’s ${reporter.person.name}. Thank you.`);
  const credit = random.pick(W.CREDITS);
  if (random.chance(0.5)) body.push(`${labelOf(reporter)} Thank you. ${credit}`);
  else body.push(`${labelOf(reporter)} Thank you.`, random.pick(W.STAGE_DIRECTIONS), credit);
  return { body, frontmatter };
}

// ---------------------------------------------------------------------------------------------
// Files.

/** A YAML scalar: plain when safe, else double-quoted (JSON strings are valid YAML). */
function yamlValue(value: string): string {
  return /^[\p{L}\p{N}][^:#'"\n]*$/u.test(value) && !/\s$/.test(value) ? value : JSON.stringify(value);
}

function frontmatterBlock(fields: Record<string, unknown>): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (typeof value === 'object' && value !== null) {
      lines.push(`${key}:`);
      for (const [k, v] of Object.entries(value)) lines.push(`  ${yamlValue(k)}: ${yamlValue(String(v))}`);
    } else lines.push(`${key}: ${yamlValue(String(value))}`);
  }
  lines.push('---');
  return lines.join('\n');
}

// Letters NFKD does not take apart.
const FOLD: Record<string, string> = { ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', þ: 'th', Þ: 'Th', ð: 'd', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', ı: 'i' };

function asciiSlug(text: string, max = 60): string {
  const slug = text
    .replace(/[øØłŁþÞðđĐßæı]/g, (letter) => FOLD[letter] ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  // Cut at a word end.
  return slug.length <= max ? slug : slug.slice(0, max + 1).replace(/-[^-]*$/, '');
}

function date(random: Random): string {
  const day = new Date(Date.UTC(2019, 0, 1) + random.int(0, 6 * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** Article or transcript number `index` of the corpus seeded with `seed`. */
export function generateFile(seed: number, index: number, options: GenerateOptions = {}): GeneratedFile {
  const random = createRandom(subSeed(seed, index));
  const pool = poolFor(seed);
  const cast = new Cast(random, pool.people);
  const kind: Kind = options.kind ?? (random.chance(0.4) ? 'transcript' : 'article');
  const title = headline(random, cast);
  cast.introduced.clear();
  cast.last = null;
  const slug = `${asciiSlug(title)}-${index}`;
  const published = date(random);
  if (kind === 'transcript') {
    const turns = options.turns ?? random.int(10, 60);
    const { body, frontmatter } = transcriptBody(random, cast, pool, turns);
    const head = frontmatterBlock({ title, kind, publisher: 'NPR', published, ...frontmatter });
    return { slug, kind, text: `${head}\n\n${body.join('\n\n')}\n` };
  }
  const publisher = random.pick(W.ARTICLE_PUBLISHERS);
  const marks = random.chance(0.7) ? CURLY : STRAIGHT;
  const republished = random.chance(0.1) ? random.pick(W.REPUBLISHERS) : undefined;
  const fields: Record<string, unknown> = {
    title,
    kind,
    publisher,
    published,
    byline: random.chance(0.7) ? random.pick(pool.reporters).name : undefined,
    url: random.chance(0.5) ? `https://example.org/${published.slice(0, 4)}/${slug}` : undefined,
    republishedBy: republished,
    summary: random.chance(0.3) ? sentence(random, 18) : undefined,
  };
  const body = articleBody(random, cast, options.paragraphs ?? random.int(8, 30), marks, publisher, slug);
  if (republished) {
    body.unshift('<!-- framing -->', `${sentence(random)} The full text of the article is available below, as first published by ${publisher}.`, '<!-- /framing -->');
  }
  return { slug, kind, text: `${frontmatterBlock(fields)}\n\n${body.join('\n\n')}\n` };
}

/** One article of about `bytes` bytes (stress input for linear-time checks). */
export function generateLongArticle(seed: number, bytes: number): GeneratedFile {
  // Paragraphs average about 330 bytes: overshoot, then cut at a paragraph end.
  const file = generateFile(seed, 900_001, { kind: 'article', paragraphs: Math.ceil(bytes / 250) });
  const end = file.text.indexOf('\n\n', bytes);
  // Never cut inside a quote running over two paragraphs: cut after a complete paragraph that ends a sentence.
  const cut = end < 0 ? file.text : file.text.slice(0, file.text.lastIndexOf('.\n\n', end) + 2);
  return { ...file, slug: 'long-article', text: cut };
}

/** One transcript of exactly `turns` speaker turns. */
export function generateLongTranscript(seed: number, turns: number): GeneratedFile {
  return { ...generateFile(seed, 900_002, { kind: 'transcript', turns }), slug: 'long-transcript' };
}

export interface CorpusSummary {
  dir: string;
  files: number;
  transcripts: number;
  bytes: number;
}

/** Writes `count` files to `<outDir>/content/articles/` (replacing any *.md there) and copies the registry. */
export function generate(count: number, seed: number, outDir: string): CorpusSummary {
  const dir = join(resolve(outDir), 'content/articles');
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith('.md')) rmSync(join(dir, name));
  copyFileSync(REGISTRY_FILE, join(resolve(outDir), 'content/entities.yaml'));
  let bytes = 0;
  let transcripts = 0;
  for (let index = 0; index < count; index++) {
    const file = generateFile(seed, index);
    writeFileSync(join(dir, `${file.slug}.md`), file.text);
    bytes += Buffer.byteLength(file.text);
    if (file.kind === 'transcript') transcripts++;
  }
  return { dir: resolve(outDir), files: count, transcripts, bytes };
}

function cli(argv: string[]): void {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (!flag.startsWith('--')) throw new Error(`unexpected argument ${flag}; usage: node bench/generate.ts --count 1000 --seed 1 --out /tmp/corpus`);
    args.set(flag.slice(2), argv[++i] ?? '');
  }
  const count = Number(args.get('count') ?? 100);
  const seed = Number(args.get('seed') ?? 1);
  const out = args.get('out');
  if (!out || !Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
    throw new Error('usage: node bench/generate.ts --count <n> --seed <integer> --out <dir>');
  }
  const summary = generate(count, seed, out);
  console.log(`wrote ${summary.files} files (${summary.transcripts} transcripts, ${(summary.bytes / 1e6).toFixed(2)} MB) to ${summary.dir}/content/articles`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    cli(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  }
}
