import type { IdAllocator } from './ids.ts';
import { findNameRuns } from './names.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-marks.ts';
import type { Registry } from './registry.ts';
import { sentenceSpans, softParagraphStarts, type Span } from './sentences.ts';
import { SourceResolver, type Source } from './sources.ts';
import { SPEECH_PARTICIPLE, SPEECH_VERB, subjectAfter, subjectBefore, subjectSegment, VERB_PATTERN, type Subject } from './speech-cues.ts';
import { countWords } from './transcript-lines.ts';
import type { AnnotatedParagraph, AnnotationWarning, AttributionMethod, DiscoveredEntity, DocumentKind, Quote, Turn } from './types.ts';

/** Stands in for quoted words while looking for cues, so names inside a quote never become its speaker. */
const MASK = '\u2063';

/** One annotated paragraph prepared for quote finding. */
interface Block {
  index: number;
  paragraph: AnnotatedParagraph;
  text: string;
  masked: string;
  sentences: Span[];
  /** Offsets where a paragraph joined into this one by a scraper starts (see softParagraphStarts). */
  softStarts: number[];
  /** Number of paragraphs (soft ones included) before this block, for "how far back" questions. */
  firstSection: number;
}

interface Finding {
  source: Source | null;
  method: AttributionMethod | null;
  confidence: number;
  cue: string | null;
}

interface Candidate {
  block: Block;
  span: QuoteSpan;
  sentence: number;
  finding: Finding | null;
  /** A scare quote, a term or a title: not someone's words. */
  rejected: boolean;
}

/** A cue found in the text: who it names and the words that name them. */
interface Cue {
  subject: Subject;
  cue: string;
  /** Found elsewhere in the sentence rather than right next to the quote. */
  distant: boolean;
}

interface Said {
  source: Source;
  section: number;
}

export interface QuoteInput {
  kind: DocumentKind;
  paragraphs: AnnotatedParagraph[];
  turns: Turn[];
  /** Per annotated paragraph: [start, end) ranges of its text in link text or code. */
  excluded: [number, number][][];
  registry: Registry | undefined;
  discovered: DiscoveredEntity[];
  ids: IdAllocator;
}

const RIGHT_VERB_FIRST = new RegExp(String.raw`^[\s,]*(${VERB_PATTERN})\s+(?=\S)`, 'u');
const ACCORDING_TO = /\baccording to\s+/gu;
// A term or title in quotes rather than words someone said: `the so-called “referendum”`, `a program called “Smart Quay 2035”`.
const NAMING = /\b(?:so-called|dubbed|called|named|titled|entitled|nicknamed|known as|term|word|phrase|slogan|label|headline|hashtag|branded|billed as|marketed as)\s*$/iu;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'or', 'vs', 'de', 'la', 'du']);

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);
const stripMarker = (text: string) => text.replace(/\bquote,?\s*$/iu, '').trimEnd();
const quoteMarkerBefore = (text: string) => /\bquote,?\s*$/iu.test(text);

/** "Smart Quay 2035", "The Daily": every significant word capitalised, as titles and names are. */
function titleLike(text: string): boolean {
  const list = words(text.replace(/[.,!?;:…]+$/u, ''));
  return list.length > 0 && list.every((word, i) => /^[\p{Lu}\d#@]/u.test(word) || (i > 0 && SMALL_WORDS.has(word.toLowerCase())));
}

function maskQuotes(text: string, spans: QuoteSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    const from = Math.max(at, span.spoken ? span.start : span.open);
    const to = Math.max(from, span.spoken ? span.end : Math.min(text.length, span.close + 1));
    parts.push(text.slice(at, from), MASK.repeat(to - from));
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Finds direct quotes and decides who said each, from the strongest evidence to the weakest:
 * a cue next to the quote, a cue elsewhere in its sentence, a pronoun, the previous quote continued;
 * with no evidence the quote stays unattributed.
 */
export function findQuotes(input: QuoteInput): { quotes: Quote[]; warnings: AnnotationWarning[] } {
  const quotable = input.paragraphs.map((paragraph, index) => ({ paragraph, index })).filter(({ paragraph }) => paragraph.role === 'prose' || paragraph.role === 'speech');
  const resolver = new SourceResolver(
    input.registry,
    input.discovered,
    quotable.map(({ paragraph }) => paragraph.text),
  );
  const turnsById = new Map(input.turns.map((turn) => [turn.id, turn]));
  const warnings: AnnotationWarning[] = [];
  const candidates: Candidate[] = [];
  const blocks: Block[] = [];
  let sections = 0;

  for (const { paragraph, index } of quotable) {
    const text = paragraph.text;
    const spans = findQuoteSpans(text, input.excluded[index] ?? []);
    const masked = maskQuotes(text, spans);
    const block: Block = {
      index,
      paragraph,
      text,
      masked,
      sentences: sentenceSpans(text, spans.map((span) => ({ start: span.open, end: span.spoken ? span.end : span.close + 1 }))),
      softStarts: softParagraphStarts(text),
      firstSection: sections,
    };
    sections += 1 + block.softStarts.length;
    blocks.push(block);
    // Spans and sentences are both in reading order: one pass pairs them.
    let sentence = 0;
    for (const span of spans) {
      while (sentence + 1 < block.sentences.length && block.sentences[sentence + 1]!.start <= span.open) sentence++;
      candidates.push({ block, span, sentence, finding: null, rejected: false });
    }
  }

  /** Which paragraph, soft ones counted, holds an offset: a binary search over the block's soft starts. */
  const sectionOf = (block: Block, offset: number) => {
    let low = 0;
    let high = block.softStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (block.softStarts[middle]! <= offset) low = middle + 1;
      else high = middle;
    }
    return block.firstSection + low;
  };
  const bySentence = Map.groupBy(candidates, (candidate) => `${candidate.block.index}:${candidate.sentence}`);
  const inSentence = (candidate: Candidate) => bySentence.get(`${candidate.block.index}:${candidate.sentence}`)!;

  /** The text of a quote's sentence on one side of it, up to the neighbouring quote, quoted words masked. */
  const sides = (candidate: Candidate) => {
    const { block, span } = candidate;
    const sentence = block.sentences[candidate.sentence]!;
    const siblings = inSentence(candidate);
    const position = siblings.indexOf(candidate);
    const previous = siblings[position - 1];
    const next = siblings[position + 1];
    const after = span.spoken ? span.end : span.close + 1;
    const leftStart = previous ? (previous.span.spoken ? previous.span.end : previous.span.close + 1) : sentence.start;
    return {
      left: block.masked.slice(Math.max(sentence.start, leftStart), span.spoken ? span.start : span.open),
      right: block.masked.slice(after, next ? (next.span.spoken ? next.span.start : next.span.open) : Math.max(after, sentence.end)),
      sentenceBefore: block.masked.slice(sentence.start, span.spoken ? span.start : span.open),
      sentenceAfter: block.masked.slice(after, Math.max(after, sentence.end)),
      sentence,
    };
  };

  /** The person a sentence is about, for cues like "…, rebuking Russia by declaring, “…”". */
  const sentenceSubject = (text: string): Subject | null => {
    const run = findNameRuns(text).find((candidate) => resolver.isPerson(candidate.text));
    return run ? { kind: 'name', text: run.text } : null;
  };

  /** `“…,” said X` / `“…,” X said` / `“…,” according to X`, right after the closing mark. */
  const rightCue = (candidate: Candidate, right: string): Cue | null => {
    const { span, block } = candidate;
    const closing = block.text.slice(Math.max(span.start, span.end - 1), span.end);
    // A cue follows a clause that the quote leaves open: `,”` `?”` `!”` or `”,`.
    if (!span.spoken && !/[,?!…—–-]/u.test(closing) && !/^\s*,/u.test(right)) return null;
    const verbFirst = RIGHT_VERB_FIRST.exec(right);
    if (verbFirst) {
      const subject = subjectAfter(right.slice(verbFirst[0].length));
      if (subject) return { subject, cue: clipCue(right, 0, 120), distant: false };
    }
    const according = /^[\s,]*according to\s+/u.exec(right);
    if (according) {
      const subject = subjectAfter(right.slice(according[0].length));
      if (subject) return { subject, cue: clipCue(right, 0, 120), distant: false };
    }
    const verb = new RegExp(SPEECH_VERB.source, 'u').exec(right);
    if (verb && !right.slice(0, verb.index).includes(MASK) && words(right.slice(0, verb.index)).length <= 16) {
      const subject = subjectSegment(right.slice(0, verb.index));
      if (subject) return { subject, cue: right.slice(0, verb.index + verb[0].length).trim(), distant: false };
    }
    return null;
  };

  /** `X said: “…”`, `according to X, “…”`, `with the Ukrainian leader saying, “…”`, right before the opening mark. */
  const leftCue = (left: string, sentenceBefore: string): Cue | null => {
    const text = stripMarker(left);
    const according = /according to\s+([^,]+),?$/u.exec(text);
    if (according) {
      const subject = subjectAfter(according[1]!);
      if (subject) return { subject, cue: according[0], distant: false };
    }
    const participle = [...text.matchAll(SPEECH_PARTICIPLE)].at(-1);
    if (participle && /^[\s,:]*$/u.test(text.slice(participle.index + participle[0].length))) {
      const before = text.slice(0, participle.index).trimEnd();
      const subordinate = before === '' || /(?:\b(?:by|while|when|after|before|in|on|also|then)|,)$/u.test(before);
      const subject = subordinate ? sentenceSubject(sentenceBefore) : subjectBefore(before);
      if (subject) return { subject, cue: clipCue(text, participle.index - 40, text.length), distant: false };
    }
    const verb = [...text.matchAll(SPEECH_VERB)].at(-1);
    if (verb && /^(?:\s+[^\s,.:;\u2063]+){0,5}[,:]?$/u.test(text.slice(verb.index + verb[0].length))) {
      const subject = subjectBefore(text.slice(0, verb.index));
      if (subject) return { subject, cue: clipCue(text, verb.index - 60, text.length), distant: false };
    }
    return null;
  };

  /** A cue elsewhere in the quote's sentence: a later quote's cue, an earlier "X said", a later "according to X". */
  const sentenceCue = (candidate: Candidate, sentenceBefore: string, sentenceAfter: string): Cue | null => {
    const siblings = inSentence(candidate);
    for (const later of siblings.slice(siblings.indexOf(candidate) + 1)) {
      const cue = rightCue(later, sides(later).right);
      if (cue) return { ...cue, distant: true };
    }
    for (const verb of [...sentenceBefore.matchAll(SPEECH_VERB)].reverse()) {
      const subject = subjectBefore(sentenceBefore.slice(0, verb.index));
      if (subject) return { subject, cue: clipCue(sentenceBefore, verb.index - 60, verb.index + verb[0].length), distant: true };
    }
    for (const match of sentenceAfter.matchAll(ACCORDING_TO)) {
      const subject = subjectAfter(sentenceAfter.slice(match.index + match[0].length));
      if (subject) return { subject, cue: clipCue(sentenceAfter, match.index, match.index + 120), distant: true };
    }
    return null;
  };

  const history: Said[] = [];

  /** Who a subject stands for: a pronoun looks back at who spoke last; a name or description is resolved. */
  const resolve = (subject: Subject, block: Block, section: number, register: boolean): { source: Source; method: AttributionMethod; confidence: number } | null => {
    if (subject.kind === 'pronoun') {
      if (subject.word === 'i' || subject.word === 'we') {
        const turn = block.paragraph.turn ? turnsById.get(block.paragraph.turn) : undefined;
        if (input.kind !== 'transcript' || !turn) return null;
        const source: Source = { id: turn.speaker, name: turn.speakerName, confidence: 0.9, plural: subject.word === 'we', personLike: true, descriptor: false };
        return { source, method: 'label', confidence: 0.9 };
      }
      const plural = subject.word === 'they';
      const antecedent = history.findLast((said) => said.source.personLike && said.source.plural === plural);
      const distance = antecedent ? section - antecedent.section : Infinity;
      if (!antecedent || distance > 2) return null;
      return { source: antecedent.source, method: 'pronoun', confidence: distance <= 1 ? 0.8 : 0.6 };
    }
    const source = subject.kind === 'name' ? resolver.name(subject.text, register) : resolver.description(subject.text);
    if (!source) return null;
    return { source, method: source.descriptor ? 'descriptor' : 'stated', confidence: source.confidence };
  };

  // Cues outside quotes ("Guterres conceded that…", "according to Gerard Araud") tell who "he" is later on.
  const reportedSpeech = (block: Block) =>
    block.sentences.flatMap((sentence) => {
      const text = block.masked.slice(sentence.start, sentence.end);
      const verbs = [...text.matchAll(SPEECH_VERB)].map((verb) => ({ offset: sentence.start + verb.index, subject: subjectBefore(text.slice(0, verb.index)) }));
      const according = [...text.matchAll(ACCORDING_TO)].map((match) => ({ offset: sentence.start + match.index, subject: subjectAfter(text.slice(match.index + match[0].length)) }));
      return [...verbs, ...according].filter((event): event is { offset: number; subject: Subject } => event.subject !== null);
    });

  // Pass 1, in reading order: each quote's own cues; reported speech between quotes keeps pronouns honest.
  const byBlock = Map.groupBy(candidates, (candidate) => candidate.block);
  for (const block of blocks) {
    const events = reportedSpeech(block);
    const quotesHere = byBlock.get(block) ?? [];
    const order = [...events.map((event) => ({ offset: event.offset, event })), ...quotesHere.map((candidate) => ({ offset: candidate.span.open, candidate }))].sort(
      (a, b) => a.offset - b.offset,
    );
    for (const item of order) {
      if ('event' in item && item.event) {
        const resolved = resolve(item.event.subject, block, sectionOf(block, item.offset), false);
        if (resolved) history.push({ source: resolved.source, section: sectionOf(block, item.offset) });
        continue;
      }
      const candidate = (item as { candidate: Candidate }).candidate;
      const { left, right, sentenceBefore, sentenceAfter } = sides(candidate);
      const cue = rightCue(candidate, right) ?? leftCue(left, sentenceBefore) ?? sentenceCue(candidate, sentenceBefore, sentenceAfter);
      const section = sectionOf(block, candidate.span.open);
      if (!isQuote(candidate, cue !== null && !cue.distant, sentenceBefore + sentenceAfter, left)) {
        candidate.rejected = true;
        continue;
      }
      const resolved = cue && resolve(cue.subject, block, section, true);
      if (cue && resolved) {
        const method: AttributionMethod = input.kind === 'transcript' ? 'label' : resolved.method;
        candidate.finding = { source: resolved.source, method, confidence: round(resolved.confidence * (cue.distant ? 0.9 : 1)), cue: cue.cue };
        resolver.adopt(resolved.source);
        history.push({ source: resolved.source, section });
      } else if (cue) {
        // A cue whose subject names nobody ("he said" with no one before): evidence too weak to name anyone.
        candidate.finding = { source: null, method: null, confidence: 0, cue: null };
      }
    }
  }

  const kept = candidates.filter((candidate) => !candidate.rejected);

  // Pass 2: quotes with no cue of their own continue the quote before them, when nothing else came between.
  kept.forEach((candidate, i) => {
    if (candidate.finding) return;
    const previous = kept[i - 1];
    const continued = previous && continuation(previous, candidate);
    if (previous?.finding?.source && continued) {
      candidate.finding = { source: previous.finding.source, method: 'continuation', confidence: continued, cue: null };
    }
  });
  // A quote running over paragraphs takes its speaker from the cue in its last part: `“…` ¶ `“…,” she said.`
  for (let i = kept.length - 2; i >= 0; i--) {
    const candidate = kept[i]!;
    const next = kept[i + 1]!;
    if (!candidate.finding && candidate.span.unclosed && next.finding?.source && continuation(candidate, next)) {
      candidate.finding = { source: next.finding.source, method: 'continuation', confidence: 0.85, cue: null };
    }
  }

  function continuation(previous: Candidate, candidate: Candidate): number | null {
    if (previous.block.paragraph.turn !== candidate.block.paragraph.turn) return null;
    const { block, span } = candidate;
    const sentence = block.sentences[candidate.sentence]!;
    const opensSentence = block.masked.slice(sentence.start, span.open).trim() === '';
    if (previous.block === block && previous.sentence === candidate.sentence) return 0.9;
    if (!opensSentence) return null;
    const section = sectionOf(block, span.open);
    const previousSection = sectionOf(previous.block, previous.span.open);
    if (previous.span.unclosed && previous.block.index + 1 === block.index && span.open === block.text.search(/\S/)) return 0.9;
    if (previous.block === block && previous.sentence === candidate.sentence - 1 && section === previousSection) return 0.85;
    // First sentence of the next paragraph, right after the sentence that held the previous quote.
    const sentenceAfterPrevious = previous.block.sentences[previous.sentence + 1];
    const lastOfSection = !sentenceAfterPrevious || sectionOf(previous.block, sentenceAfterPrevious.start) !== previousSection;
    const opensSection = section === previousSection + 1 && (sentence.start === block.text.search(/\S/) || block.softStarts.includes(sentence.start));
    return lastOfSection && opensSection ? 0.75 : null;
  }

  function isQuote(candidate: Candidate, immediateCue: boolean, sentenceText: string, left: string): boolean {
    const { span, block } = candidate;
    const quoted = block.text.slice(span.start, span.end);
    if (span.spoken || quoteMarkerBefore(left) || span.unclosed) return true;
    if (NAMING.test(stripMarker(left))) return false;
    if (titleLike(quoted)) return immediateCue;
    if (countWords(quoted) >= 4) return true;
    const sentenceHasCue = new RegExp(SPEECH_VERB.source, 'u').test(sentenceText) || /according to/u.test(sentenceText) || new RegExp(SPEECH_PARTICIPLE.source, 'u').test(sentenceText);
    if (sentenceHasCue) return true;
    // "I was wrong." as its own sentence after a quoted sentence.
    const sentence = block.sentences[candidate.sentence]!;
    const previousSentence = block.sentences[candidate.sentence - 1];
    const opensSentence = block.masked.slice(sentence.start, span.open).trim() === '';
    return opensSentence && /^\p{Lu}/u.test(quoted) && /[.!?…]$/u.test(quoted.trim()) && !!previousSentence && block.masked.slice(previousSentence.start, previousSentence.end).includes(MASK);
  }

  const continuedBlocks = new Set(candidates.filter((c) => c.span.open === c.block.text.search(/\S/)).map((c) => c.block.index));
  const quotes: Quote[] = [];
  for (const candidate of kept) {
    const { block, span } = candidate;
    const finding = candidate.finding ?? { source: null, method: null, confidence: 0, cue: null };
    const text = block.text.slice(span.start, span.end);
    const source = finding.source;
    quotes.push({
      id: input.ids.allocate('q', text),
      text,
      paragraph: block.paragraph.id,
      start: span.start,
      end: span.end,
      speaker: source?.id ?? null,
      speakerName: source?.name ?? null,
      attribution: source ? finding.method : null,
      confidence: source ? finding.confidence : 0,
      cue: source ? finding.cue : null,
    });
    const where = { paragraph: block.paragraph.source.index, offset: block.paragraph.source.start + span.open };
    if (span.unclosed && !continuedBlocks.has(block.index + 1)) {
      warnings.push({ ...where, reason: 'Unclosed quote mark: the quote runs to the end of the paragraph and the next paragraph does not continue it', ruleId: 'unclosed-quote' });
    }
    if (!source) {
      warnings.push({ ...where, reason: `Quote “${shorten(text)}” has no attribution the annotator is sure of: shown as unattributed`, ruleId: 'unattributed-quote' });
    }
  }
  return { quotes, warnings };
}

/** The words of a cue between two offsets, widened or narrowed to whole words and cut at a sentence's end. */
function clipCue(text: string, from: number, to: number): string {
  let start = Math.max(0, from);
  if (start > 0 && /\S/u.test(text[start - 1]!)) start = text.indexOf(' ', start) + 1 || start;
  const clipped = text.slice(start, Math.min(text.length, to)).split(/(?<=[a-z]{2}[.;])\s/u)[0]!;
  return clipped.replaceAll(MASK, '').replace(/\s+/gu, ' ').trim().replace(/^[,\s]+/u, '');
}

const round = (value: number) => Math.round(value * 100) / 100;
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text);
