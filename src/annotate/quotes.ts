import { Discourse, isTitleNoun, type Referent } from './discourse.ts';
import type { IdAllocator } from './ids.ts';
import { findNameRuns, isOnlyTitles, stripTitles } from './names.ts';
import { descriptionKind, findPersonDescriptions, headNoun, isOrganizationNoun } from './nouns.ts';
import {
  buildContext,
  MASK,
  opensSection,
  opensSentence,
  outerEnd,
  outerStart,
  sectionOf,
  sentenceKey,
  sidesOf,
  type Block,
  type Candidate,
} from './quote-context.ts';
import type { Registry } from './registry.ts';
import { SourceResolver, type Source } from './sources.ts';
import { introducingSubject, leadingSubject, SPEECH_PARTICIPLE, SPEECH_VERB, subjectAfter, subjectBefore, subjectSegment, VERB_PATTERN, type Subject } from './speech-cues.ts';
import { countWords } from './transcript-lines.ts';
import type { AnnotatedParagraph, AnnotationWarning, AttributionMethod, DiscoveredEntity, DocumentKind, Quote, Turn } from './types.ts';

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

interface Finding {
  source: Source;
  method: AttributionMethod;
  confidence: number;
  cue: string | null;
  /** The turn's own speaker, as "I" or "we". */
  self?: boolean;
}

/** A cue found in the text: who it names and the words that name them. */
interface Cue {
  subject: Subject;
  cue: string;
  /** Right next to the quote (`“…,” she said`), rather than elsewhere in its sentence. */
  immediate: boolean;
  /** The cue comes before the quote (`she said, “…”`). */
  before?: boolean;
}

/** The least confidence a named speaker needs; measured on the development corpora, where weaker evidence is wrong as often as right. */
export const MIN_CONFIDENCE = 0.6;

const RIGHT_VERB_FIRST = new RegExp(String.raw`^[\s,]*(${VERB_PATTERN})\s+(?=\S)`, 'u');
const ACCORDING_TO = /\baccording to\s+/gu;
// A term or title in quotes rather than words someone said: `the so-called “referendum”`, `a program called “Smart Quay 2035”`.
const NAMING = /\b(?:so-called|dubbed|called|named|titled|entitled|nicknamed|known as|term|word|words|phrase|slogan|label|headline|hashtag|branded|billed as|marketed as|call|calls)\s*$/iu;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'or', 'vs', 'de', 'la', 'du']);

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);
const stripMarker = (text: string) => text.replace(/\bquote,?\s*$/iu, '').trimEnd();
// "quote, …" announces someone's words; "quote-unquote" marks a term the speaker keeps at a distance.
const quoteMarkerBefore = (text: string) => /(?<!-)\bquote,?\s*$/iu.test(text);
const scareMarkerBefore = (text: string) => /\bquote[- ]unquote,?\s*$/iu.test(text);
const round = (value: number) => Math.round(value * 100) / 100;
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text);
const firstMatch = (pattern: RegExp, text: string) => new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text);

/** "Smart Quay 2035", "The Daily": every significant word capitalised, as titles and names are. */
function titleLike(text: string): boolean {
  const list = words(text.replace(/[.,;:…]+$/u, ''));
  return list.length > 0 && list.every((word, i) => /^[\p{Lu}\d#@]/u.test(word) || (i > 0 && SMALL_WORDS.has(word.toLowerCase())));
}

/** The words of a cue between two offsets, widened or narrowed to whole words and cut at a sentence's end. */
function clipCue(text: string, from: number, to: number): string {
  let start = Math.max(0, from);
  if (start > 0 && /\S/u.test(text[start - 1]!)) start = text.indexOf(' ', start) + 1 || start;
  const clipped = text.slice(start, Math.min(text.length, to)).split(/(?<=[a-z]{2}[.;])\s/u)[0]!;
  return clipped.replaceAll(MASK, '').replace(/\s+/gu, ' ').trim().replace(/^[,\s]+/u, '');
}

/** `“…,” said X` / `“…,” X said` / `“…,” according to X`, right after the closing mark. */
function rightCue(candidate: Candidate, right: string): Cue | null {
  const { span, block } = candidate;
  const closing = block.text.slice(Math.max(span.start, span.end - 1), span.end);
  // A cue follows a clause the quote leaves open: `,”` `?”` `!”` or `”,`.
  if (!span.spoken && !/[,?!…—–-]/u.test(closing) && !/^\s*,/u.test(right)) return null;
  const verbFirst = RIGHT_VERB_FIRST.exec(right);
  if (verbFirst) {
    const subject = subjectAfter(right.slice(verbFirst[0].length));
    if (subject) return { subject, cue: clipCue(right, 0, 120), immediate: true };
  }
  const according = /^[\s,]*according to\s+/u.exec(right);
  if (according) {
    const subject = subjectAfter(right.slice(according[0].length));
    if (subject) return { subject, cue: clipCue(right, 0, 120), immediate: true };
  }
  const verb = firstMatch(SPEECH_VERB, right);
  // `“…,” and I said, “…”` starts a new clause: that cue belongs to the next quote.
  const newClause = /^[\s,]*(?:and|but|or|so|then|while)\b/iu.test(right);
  if (verb && !newClause && !right.slice(0, verb.index).includes(MASK) && words(right.slice(0, verb.index)).length <= 16) {
    const subject = subjectSegment(right.slice(0, verb.index));
    if (subject) return { subject, cue: clipCue(right, 0, verb.index + verb[0].length), immediate: true };
  }
  return null;
}

/** `X said: “…”`, `according to X, “…”`, `with the Ukrainian leader saying, “…”`, right before the opening mark. */
function leftCue(left: string, sentenceBefore: string, sentenceSubject: (text: string) => Subject | null): Cue | null {
  const text = stripMarker(left);
  const according = /according to\s+([^,]+),?$/u.exec(text);
  if (according) {
    const subject = subjectAfter(according[1]!);
    if (subject) return { subject, cue: according[0], immediate: true, before: true };
  }
  const participle = [...text.matchAll(SPEECH_PARTICIPLE)].at(-1);
  if (participle && /^[\s,:]*$/u.test(text.slice(participle.index + participle[0].length))) {
    const before = text.slice(0, participle.index).trimEnd();
    const subordinate = before === '' || /(?:\b(?:by|while|when|after|before|in|on|also|then)|,)$/u.test(before);
    const subject = subordinate ? sentenceSubject(sentenceBefore) : subjectBefore(before);
    if (subject) return { subject, cue: clipCue(text, participle.index - 40, text.length), immediate: true, before: true };
  }
  const verb = [...text.matchAll(SPEECH_VERB)].at(-1);
  if (verb && /^(?:\s+[^\s,.:;\u2063]+){0,5}[,:]?$/u.test(text.slice(verb.index + verb[0].length))) {
    const subject = subjectBefore(text.slice(0, verb.index));
    if (subject) return { subject, cue: clipCue(text, verb.index - 60, text.length), immediate: true, before: true };
  }
  return null;
}

/**
 * Cues elsewhere in the quote's sentence, best first: a later quote's own cue (`“A” and “B,” she said`),
 * earlier speech verbs nearest first (`Salo said her own experiments suggested “…”`), a later "according to X".
 */
function sentenceCues(laterRights: { candidate: Candidate; right: string }[], sentenceBefore: string, sentenceAfter: string): Cue[] {
  const cues: Cue[] = [];
  for (const later of laterRights) {
    const cue = rightCue(later.candidate, later.right);
    if (cue) cues.push({ ...cue, immediate: false });
  }
  for (const verb of [...sentenceBefore.matchAll(SPEECH_VERB)].reverse()) {
    const before = sentenceBefore.slice(0, verb.index);
    // "X walked out of the meeting and told reporters …": a coordinated verb shares the sentence's subject.
    const subject = subjectBefore(before) ?? (/\band\s+(?:\S+\s+)?$/u.test(before) ? leadingSubject(sentenceBefore) : null);
    if (subject) cues.push({ subject, cue: clipCue(sentenceBefore, verb.index - 60, verb.index + verb[0].length), immediate: false });
  }
  // "The mayor was blunt: “…”": a colon hands the quote to the one the sentence is about.
  if (/:\s*$/u.test(sentenceBefore) && !sentenceBefore.includes(MASK)) {
    const subject = introducingSubject(sentenceBefore.replace(/:\s*$/u, ''));
    if (subject) cues.push({ subject, cue: clipCue(sentenceBefore, 0, sentenceBefore.length), immediate: false });
  }
  for (const match of sentenceAfter.matchAll(ACCORDING_TO)) {
    const subject = subjectAfter(sentenceAfter.slice(match.index + match[0].length));
    if (subject) cues.push({ subject, cue: clipCue(sentenceAfter, match.index, match.index + 120), immediate: false });
  }
  return cues;
}

/**
 * Finds direct quotes and decides who said each, from the strongest evidence to the weakest:
 * a cue next to the quote, a cue elsewhere in its sentence, a pronoun, the previous speaker continued;
 * with no evidence the quote stays unattributed.
 */
export function findQuotes(input: QuoteInput): { quotes: Quote[]; warnings: AnnotationWarning[] } {
  const quotable = input.paragraphs
    .map((paragraph, index) => ({ paragraph, index, excluded: input.excluded[index] ?? [] }))
    .filter(({ paragraph }) => paragraph.role === 'prose' || paragraph.role === 'speech');
  const { blocks, bySentence } = buildContext(quotable);
  const resolver = new SourceResolver(input.registry, input.discovered, quotable.map(({ paragraph }) => paragraph.text));
  const turnsById = new Map(input.turns.map((turn) => [turn.id, turn]));
  const discourse = new Discourse();
  const findings = new Map<Candidate, Finding | null>();
  const kept: Candidate[] = [];

  /** The person a sentence is about, for cues like "…, rebuking Russia by declaring, “…”". */
  const sentenceSubject = (text: string): Subject | null => {
    const run = findNameRuns(text).find((candidate) => resolver.mention(candidate.text)?.kind === 'person');
    return run ? { kind: 'name', text: run.text } : null;
  };

  /** Who a subject stands for: a pronoun looks back through the discourse; a name or description is resolved. */
  const resolve = (subject: Subject, block: Block, section: number, quoteText: string, register: boolean, before: Referent[] = []): Finding | null => {
    if (subject.kind === 'pronoun') {
      if (subject.word === 'i' || subject.word === 'we') {
        const turn = block.paragraph.turn ? turnsById.get(block.paragraph.turn) : undefined;
        if (input.kind !== 'transcript' || !turn) return null;
        return { source: { id: turn.speaker, name: turn.speakerName, confidence: 0.9, kind: subject.word === 'we' ? 'group' : 'person', descriptor: false }, method: 'label', confidence: 0.9, cue: null, self: true };
      }
      const antecedent = discourse.resolvePronoun(subject.word, { section, turn: block.paragraph.turn, quoteText, before, namedFirst: input.kind === 'article' });
      if (!antecedent) return null;
      const confidence = antecedent.distance === 0 || antecedent.speaking ? 0.8 : antecedent.distance === 1 ? 0.65 : 0.55;
      return { source: antecedent.source, method: 'pronoun', confidence, cue: null };
    }
    if (subject.kind === 'name') {
      const source = resolver.name(subject.text, register);
      if (source) return { source, method: 'stated', confidence: source.confidence, cue: null };
      // "the Speaker said", "Union Health Secretary, …": an office named as a title is the person holding it.
      const office = isOnlyTitles(subject.text) ? discourse.resolveTitle(subject.text.split(' ').at(-1)!.toLowerCase()) : null;
      return office && { source: office, method: 'stated', confidence: 0.75, cue: null };
    }
    // "the ministry said": the Ministry of Transport named earlier; "the coach": the one named as coach.
    const definite = /^the\s+(?:\S+\s+){0,2}\S+$/iu.test(subject.text) ? headNoun(subject.text) : null;
    const role = definite ? descriptionKind(subject.text) : null;
    const known =
      definite &&
      (role === 'person' || isTitleNoun(definite)
        ? discourse.resolveTitle(subject.text.replace(/^the\s+/iu, ''))
        : role === 'organization'
          ? discourse.resolveDefinite(definite, { section })
          : /^(?:statement|release|announcement)$/u.test(definite)
            ? discourse.resolveDefinite('company', { section, maxDistance: 2 })
            : null);
    if (known) return { source: known, method: 'stated', confidence: 0.75, cue: null };
    const appositive = discourse.resolveNamedDescription(subject.text);
    if (appositive) return { source: appositive, method: 'stated', confidence: 0.8, cue: null };
    const source = resolver.description(subject.text);
    if (!source) return null;
    // "a statement from Halvorsen Shipping": the organisation speaks through its document.
    const issuer = source.kind === 'document' ? /\b(?:from|by)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(subject.text)?.[1] : undefined;
    const issued = issuer ? resolver.name(issuer, register) : null;
    if (issued) return { source: issued, method: 'stated', confidence: 0.85, cue: null };
    // "the letter" after "the joint letter": the same unnamed source.
    const same = definite ? discourse.resolveDescribed(definite, { section }) : null;
    if (same) return { source: same, method: 'descriptor', confidence: same.confidence, cue: null };
    return { source, method: source.descriptor ? 'descriptor' : 'stated', confidence: source.confidence, cue: null };
  };

  /** The speaker a quote with no cue of its own continues: the previous quote's in its sentence, or the previous sentence's. */
  const continuation = (candidate: Candidate, speaking: Referent[], section: number): Finding | null => {
    const earlier = speaking.filter((referent) => referent.quoted && referent.offset < candidate.span.open).at(-1);
    if (earlier) return { source: earlier.source, method: 'continuation', confidence: 0.9, cue: null };
    if (!opensSentence(candidate)) return null;
    const previous = discourse.previous;
    if (!previous || previous.turn !== candidate.block.paragraph.turn) return null;
    const last = previous.referents.filter((referent) => referent.speaking).at(-1);
    if (!last) return null;
    const sameSection = previous.section === section;
    if (!sameSection && !(opensSection(candidate) && previous.section === section - 1)) return null;
    const previousQuote = kept[kept.indexOf(candidate) - 1];
    const runsOn = previousQuote?.span.unclosed && previousQuote.block.index + 1 === candidate.block.index;
    // Measured on the development corpora: a quote opening the next paragraph continues the last speaker far less often.
    const confidence = runsOn ? 0.9 : sameSection ? (last.quoted ? 0.85 : 0.65) : last.quoted ? 0.6 : 0.55;
    return { source: last.source, method: 'continuation', confidence, cue: null };
  };

  /** Whether a quoted span is someone's words, not a scare quote, a term or a title. */
  const isQuote = (candidate: Candidate, immediateCue: boolean, sentenceBefore: string, left: string): boolean => {
    const { span, block } = candidate;
    const quoted = block.text.slice(span.start, span.end);
    if (scareMarkerBefore(left)) return false;
    if (span.spoken || quoteMarkerBefore(left) || span.unclosed) return true;
    if (NAMING.test(stripMarker(left))) return false;
    if (titleLike(quoted) && !/[?!]$/u.test(quoted.trim())) return immediateCue;
    if (countWords(quoted) >= 4) return true;
    // A short quote is someone's words when a cue governs it ("said he “regrets”"); a cue later in the sentence is about other words.
    if (immediateCue || !!firstMatch(SPEECH_VERB, sentenceBefore) || /according to/u.test(sentenceBefore) || !!firstMatch(SPEECH_PARTICIPLE, sentenceBefore)) return true;
    // "I was wrong." as its own sentence after a quoted sentence.
    const previous = block.sentences[candidate.sentence - 1];
    return opensSentence(candidate) && /^\p{Lu}/u.test(quoted) && /[.!?…]$/u.test(quoted.trim()) && !!previous && block.masked.slice(previous.start, previous.end).includes(MASK);
  };

  for (const block of blocks) {
    block.sentences.forEach((sentence, index) => {
      const key = sentenceKey(block, index);
      const section = sectionOf(block, sentence.start);
      const text = block.masked.slice(sentence.start, sentence.end);
      const referents: Referent[] = [];

      // Everyone named or described in the sentence outside quotes, for pronouns and "the company" here and later.
      // A sentence opening with "He"/"She" keeps the person before it in view: "Nnamdi … has run a café. He learned …".
      const opener = /^(?:(?:But|And|Still|Then|Now|So),?\s+)?(He|She|They)\b/u.exec(text);
      const carried = opener && discourse.resolvePronoun(opener[1]!.toLowerCase(), { section, turn: block.paragraph.turn, maxDistance: 1 });
      if (carried) referents.push({ source: carried.source, offset: sentence.start + opener!.index, speaking: false, quoted: false });
      for (const run of findNameRuns(text)) {
        // "in Cedar Hollow", "from Leicester": a name after a preposition of place is a place.
        if (/\b(?:in|at|from|near|into|across|outside|inside|around|through|to|toward|towards|across)\s+$/u.test(text.slice(Math.max(0, run.start - 12), run.start))) continue;
        const source = resolver.mention(run.text);
        // The words beside the name too: "coach Jean-Baptiste …", "Zakaria, the striker," say what "the coach" means later.
        if (source) {
          const lead = text.slice(Math.max(0, run.start - 40), run.start);
          // "Corrán Data, the Irish subsidiary of …": an appositive says it is an organisation.
          const appositive = /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?([\p{Ll}-]+)(?=[\s,.])/u.exec(text.slice(run.end, run.end + 60))?.[1];
          if (appositive && source.kind === 'person' && isOrganizationNoun(appositive)) source.kind = 'organization';
          referents.push({ source, offset: sentence.start + run.start, speaking: false, quoted: false, text: lead + run.text, lead: lead + run.text.slice(0, run.text.length - stripTitles(run.text).length), after: text.slice(run.end, run.end + 60) });
        }
      }
      for (const described of findPersonDescriptions(text)) {
        // "Tom Hale, the captain," describes the person just named: not someone else.
        if (/\p{Lu}[\p{L}\p{M}’'.-]*,\s*$/u.test(text.slice(0, described.start))) continue;
        // "my grandmother, Fatma," is Fatma.
        const appositive = /^,\s+(\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*)*)(?=,)/u.exec(text.slice(described.start + described.text.length));
        const title = /^the\s/iu.test(described.text) ? discourse.resolveTitle(described.text.replace(/^the\s+/iu, '')) : null;
        const source = appositive ? resolver.name(appositive[1]!, false) : (title ?? resolver.description(described.text));
        if (source) referents.push({ source, offset: sentence.start + described.start, speaking: false, quoted: false, text: described.text });
      }
      const turn = block.paragraph.turn ? turnsById.get(block.paragraph.turn) : undefined;
      if (turn?.speaker) {
        const self: Source = { id: turn.speaker, name: turn.speakerName, confidence: 0.9, kind: 'person', descriptor: false };
        referents.push({ source: self, offset: sentence.start - 1, speaking: false, quoted: false, text: turn.label ?? turn.speakerName, lead: turn.label ?? '', self: true });
      }
      const earlier = (offset: number) => referents.filter((referent) => referent.offset < offset && !referent.self);

      const quotesHere = bySentence.get(key) ?? [];
      const sides = quotesHere.map((candidate) => sidesOf(candidate, quotesHere));
      quotesHere.forEach((candidate, position) => {
        const { left, right, sentenceBefore, sentenceAfter } = sides[position]!;
        const quoteText = block.text.slice(candidate.span.start, candidate.span.end);
        const immediate = rightCue(candidate, right) ?? leftCue(left, sentenceBefore, sentenceSubject);
        if (!isQuote(candidate, immediate !== null, sentenceBefore, left)) return;
        kept.push(candidate);
        const laterRights = quotesHere.slice(position + 1).map((later, i) => ({ candidate: later, right: sides[position + 1 + i]!.right }));
        let finding: Finding | null = null;
        if (immediate) {
          // A cue right next to the quote decides it, even when it names no one we can place ("he said" with nobody before).
          // A pronoun before its quote may point back within the sentence; one after it may not (the quote is about them).
          const before = outerEnd(candidate.span) > 0 && left.trim() !== '' && immediate.before ? earlier(outerStart(candidate.span)).filter((r) => !r.speaking || !r.quoted) : [];
          const found = resolve(immediate.subject, block, section, quoteText, true, before);
          finding = found && { ...found, cue: immediate.cue };
        } else {
          for (const cue of sentenceCues(laterRights, sentenceBefore, sentenceAfter)) {
            const found = resolve(cue.subject, block, section, quoteText, true);
            if (found) {
              // A cue elsewhere in the sentence is weaker evidence, an unnamed source there weaker still (measured).
              finding = { ...found, confidence: round(found.confidence * (found.method === 'descriptor' ? 0.75 : 0.9)), cue: cue.cue };
              break;
            }
          }
          finding ??= continuation(candidate, referents, section);
        }
        // In a transcript, "he said" inside a turn points back across speakers and clips: weaker than in prose (measured).
        if (finding && input.kind === 'transcript' && finding.method === 'pronoun') finding.confidence = round(finding.confidence * 0.85);
        if (finding && input.kind === 'transcript' && finding.method !== 'continuation') finding.method = 'label';
        // Below this, the evidence is too weak to name anyone: the quote stays unattributed (README, "How quotes are attributed").
        if (finding && finding.confidence < MIN_CONFIDENCE) finding = null;
        if (finding) {
          resolver.adopt(finding.source);
          referents.push({ source: finding.source, offset: outerEnd(candidate.span) - 1, speaking: true, quoted: true, self: finding.self === true });
        }
        findings.set(candidate, finding);
      });

      // Reported speech outside quotes ("Guterres conceded that …", "according to Gerard Araud"): who speaks in a sentence
      // with no quote. In a sentence with quotes, their cues are the speech verbs, and their speakers say who speaks.
      if (!quotesHere.some((candidate) => findings.has(candidate))) {
        const verbs = [...text.matchAll(SPEECH_VERB)].map((verb) => ({ offset: verb.index, subject: subjectBefore(text.slice(0, verb.index)) }));
        const according = [...text.matchAll(ACCORDING_TO)].map((match) => ({ offset: match.index, subject: subjectAfter(text.slice(match.index + match[0].length)) }));
        for (const event of [...verbs, ...according].sort((a, b) => a.offset - b.offset)) {
          const at = sentence.start + event.offset;
          const found = event.subject && resolve(event.subject, block, section, '', false, earlier(at));
          if (found) referents.push({ source: found.source, offset: at, speaking: true, quoted: false, self: found.self === true });
        }
      }
      discourse.add({ key, block: block.index, turn: block.paragraph.turn, section, referents }, text, sentence.start);
    });
  }

  // A quote running over paragraphs takes its speaker from the cue in its last part: `“…` ¶ `“…,” she said.`
  for (let i = kept.length - 2; i >= 0; i--) {
    const candidate = kept[i]!;
    const next = findings.get(kept[i + 1]!);
    if (!findings.get(candidate) && candidate.span.unclosed && next && kept[i + 1]!.block.index === candidate.block.index + 1) {
      findings.set(candidate, { source: next.source, method: 'continuation', confidence: 0.85, cue: null });
    }
  }

  return toQuotes(kept, findings, input.ids);
}

/** The quotes in reading order, with warnings for unclosed marks and quotes nobody could be named for. */
function toQuotes(kept: Candidate[], findings: Map<Candidate, Finding | null>, ids: IdAllocator): { quotes: Quote[]; warnings: AnnotationWarning[] } {
  const quotes: Quote[] = [];
  const warnings: AnnotationWarning[] = [];
  const continuedBlocks = new Set(kept.filter((c) => c.span.open === c.block.text.search(/\S/)).map((c) => c.block.index));
  for (const candidate of kept) {
    const { block, span } = candidate;
    const finding = findings.get(candidate) ?? null;
    const text = block.text.slice(span.start, span.end);
    quotes.push({
      id: ids.allocate('q', text),
      text,
      paragraph: block.paragraph.id,
      start: span.start,
      end: span.end,
      speaker: finding?.source.id ?? null,
      speakerName: finding?.source.name ?? null,
      attribution: finding?.method ?? null,
      confidence: finding ? round(finding.confidence) : 0,
      cue: finding?.cue ?? null,
    });
    const where = { paragraph: block.paragraph.source.index, offset: block.paragraph.source.start + span.open };
    if (span.unclosed && !continuedBlocks.has(block.index + 1)) {
      warnings.push({ ...where, reason: 'Unclosed quote mark: the quote runs to the end of the paragraph and the next paragraph does not continue it', ruleId: 'unclosed-quote' });
    }
    if (!finding) {
      warnings.push({ ...where, reason: `Quote “${shorten(text)}” has no attribution the annotator is sure of: shown as unattributed`, ruleId: 'unattributed-quote' });
    }
  }
  return { quotes, warnings };
}
