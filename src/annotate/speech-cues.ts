import { findNameRuns, TITLES } from './names.ts';

/** Who a speech cue names, before anyone is resolved: a pronoun, a name, or a description. */
export type Subject =
  | { kind: 'pronoun'; word: string }
  | { kind: 'name'; text: string }
  | { kind: 'descriptor'; text: string };

// Verbs that report speech or writing. Forms that are also common nouns ("states", "notes", "claims") are left out.
const VERBS =
  'said says say added adds told tells tell wrote writes write tweeted tweets posted asked asks explained explains noted argued argues insisted insists ' +
  'warned warns recalled recalls replied answered declared declares stated acknowledged acknowledges conceded concedes observed remarked concluded ' +
  'countered continued continues quipped joked cautioned stressed stresses emphasized emphasised admitted admits agreed complained announced ' +
  'testified predicted urged pleaded suggested suggests claimed maintained reiterated responded shouted whispered exclaimed mused lamented recounted ' +
  'wondered vowed confirmed denied called calls described describes';
/** A speech verb, as a pattern to build anchored expressions from. */
export const VERB_PATTERN = `(?:${VERBS.split(' ').join('|')})`;
export const SPEECH_VERB = new RegExp(String.raw`\b${VERB_PATTERN}\b`, 'gu');
export const SPEECH_PARTICIPLE = /\b(?:saying|adding|telling|writing|declaring|noting|insisting|warning|arguing|tweeting|asking|explaining|stressing|stating|calling it)\b/gu;

// Words between a subject and its verb: "he later said", "Guterres has also said".
const AUXILIARY = /\s+(?:also|later|then|once|previously|recently|has|have|had|would|will|further|earlier|privately|publicly|repeatedly|reportedly|first|again|simply|only|flatly|just|went on to|had earlier)$/u;
const PRONOUN = /(?:^|\s)(he|she|they|I|we|He|She|They|We)$/u;
const DETERMINER = /^(?:the|a|an|one|two|three|four|five|several|some|many|most|few|his|her|their|its|another|both|each|this|that|these|those|[Nn]o|[Tt]he|A|An|One|Two|Three|Several|Some|Many|Most|His|Her|Their|Its|Another|Both|This|These)$/u;
const LEADING_CONNECTIVE = /^(?:and|but|or|so|yet|still|with|while|as|then|however|also|And|But|Or|So|Yet|Still|With|While|As|Then|However|Also)\s+/u;
// Where a description of a source stops being its name: "one Western diplomat, who spoke on condition of anonymity".
const DESCRIPTOR_END = /\s+(?:who|whom|which|that|speaking|because|when|after|before|while|since|whose)\b.*$/u;
// Modifiers worth keeping on a bare head ("a person familiar with the talks") but not on a full one ("one Western diplomat").
const DESCRIPTOR_MODIFIER = /\s+(?:familiar with|close to|involved in|briefed on|with knowledge of|aware of)\b.*$/u;

/** A description cut to what names the source: relative clauses dropped, modifiers kept only when the head needs them. */
function trimDescription(text: string): string {
  const cut = text.replace(DESCRIPTOR_END, '');
  const head = cut.replace(DESCRIPTOR_MODIFIER, '');
  return words(head).length >= 3 || words(cut).length > 10 ? head : cut;
}
// Nouns that write or state but never speak in the first person: a pronoun "he" cannot mean them.
const DOCUMENT_NOUN = /\b(?:letter|statement|report|document|memo|memorandum|tweet|post|email|e-mail|message|note|book|article|study|survey|resolution|text|draft|decree|order|ruling|filing|complaint|lawsuit|release|communiqué|declaration|charter|treaty)s?$/iu;

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);

/** True when a subject refers to a document or statement rather than a person. */
export const isDocumentLike = (text: string) => DOCUMENT_NOUN.test(text.trim());

/** True when a description is plural ("former U.N. officials"), so that "they" can refer to it. */
export const isPluralDescription = (text: string) => /(?:s|people|staff|police|public)$/u.test(text.trim()) && !isDocumentLike(text);

/** The name a segment ends with: "Ukrainian Defense Minister Oleksii Reznikov", "Dujarric". */
function trailingName(segment: string): string | null {
  const runs = findNameRuns(segment);
  const last = runs.at(-1);
  if (!last || segment.slice(last.end).trim() !== '') return null;
  return last.text;
}

/** A name that a segment starts with, joining "Secretary of State Antony Blinken" across "of" after a title. */
function leadingName(segment: string): string | null {
  const runs = findNameRuns(segment);
  const first = runs[0];
  if (!first || first.start !== segment.search(/\S/)) return null;
  let name = first;
  for (const next of runs.slice(1)) {
    const between = segment.slice(name.end, next.start);
    if (between !== ' of ' || !TITLES.has(name.text.split(' ').at(-1)!)) break;
    name = { start: first.start, end: next.end, text: `${name.text}${between}${next.text}` };
  }
  return name.text;
}

/** A description of a source, from its determiner on: "with the Ukrainian leader" → "the Ukrainian leader". */
function description(segment: string): string | null {
  const list = words(trimDescription(segment));
  if (list.length === 0) return null;
  const from = list.slice(-10).findIndex((word) => DETERMINER.test(word));
  if (from >= 0) {
    const phrase = list.slice(-10).slice(from);
    return phrase.length >= 2 ? phrase.join(' ') : null;
  }
  // A bare plural at a clause start: "former U.N. officials", "diplomats and other U.N. observers".
  if (list.length <= 6 && isPluralDescription(list.join(' ')) && !/^\p{Lu}/u.test(list.at(-1)!)) return list.join(' ');
  return null;
}

/** A noun phrase that is the whole of `segment`: a pronoun, a name, or a description. */
function wholeSubject(segment: string): Subject | null {
  const text = segment.trim().replace(LEADING_CONNECTIVE, '');
  if (text === '' || /[“”"«»]/.test(text)) return null;
  const pronoun = /^(he|she|they|I|we|He|She|They|We)$/u.exec(text);
  if (pronoun) return { kind: 'pronoun', word: pronoun[1]!.toLowerCase() };
  const name = trailingName(text);
  if (name && findNameRuns(text)[0]!.start === 0) return { kind: 'name', text: name };
  const phrase = description(text);
  if (phrase && DETERMINER.test(words(text)[0]!)) return { kind: 'descriptor', text: phrase };
  if (phrase && phrase === words(text).join(' ')) return { kind: 'descriptor', text: phrase };
  return null;
}

/** Drops "also", "has", "later" between a subject and its verb. */
function stripAuxiliaries(text: string): string {
  let rest = text.trimEnd();
  for (let match = AUXILIARY.exec(rest); match; match = AUXILIARY.exec(rest)) rest = rest.slice(0, match.index).trimEnd();
  return rest;
}

/** "Name, appositive," / "description, Name," before a verb: the name wins over the description. */
function appositiveSubject(text: string): Subject | null {
  if (!text.endsWith(',')) return null;
  const body = text.slice(0, -1);
  const comma = body.lastIndexOf(',');
  if (comma < 0) return null;
  const clauseStart = Math.max(body.lastIndexOf(',', comma - 1), body.lastIndexOf(';', comma - 1), body.lastIndexOf(':', comma - 1), body.lastIndexOf('\u2063', comma - 1)) + 1;
  const head = wholeSubject(body.slice(clauseStart, comma));
  const appositive = wholeSubject(body.slice(comma + 1));
  if (head?.kind === 'name') return head;
  if (appositive?.kind === 'name' && words(body.slice(comma + 1)).length <= 4) return appositive;
  return head;
}

/**
 * The subject of a speech verb from the text before it, within one sentence:
 * "Stéphane Dujarric, Guterres’ chief spokesperson," → Stéphane Dujarric; "Asked if …, Dujarric" → Dujarric;
 * "with the Ukrainian leader" → the Ukrainian leader; "he" → pronoun.
 */
export function subjectBefore(before: string): Subject | null {
  const text = stripAuxiliaries(before);
  const pronoun = PRONOUN.exec(text);
  if (pronoun) return { kind: 'pronoun', word: pronoun[1]!.toLowerCase() };
  const appositive = appositiveSubject(text);
  if (appositive) return appositive;
  if (text.endsWith(',')) return null;
  const clause = text.slice(Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':'), text.lastIndexOf('—'), text.lastIndexOf('('), text.lastIndexOf('\u2063')) + 1);
  const name = trailingName(clause);
  if (name) return { kind: 'name', text: name };
  const phrase = description(clause.replace(LEADING_CONNECTIVE, ''));
  return phrase ? { kind: 'descriptor', text: phrase } : null;
}

/** A subject that makes up all of `segment` (the text between a closing quote and its verb). */
export function subjectSegment(segment: string): Subject | null {
  const text = stripAuxiliaries(segment.replace(/^[\s,]+/, ''));
  return text.endsWith(',') ? appositiveSubject(text) : wholeSubject(text);
}

/**
 * The subject after a verb or "according to": "Feltman, who signed" → Feltman;
 * "one Western diplomat familiar with …" → one Western diplomat; "U.S. Secretary of State Antony Blinken" → that name.
 */
export function subjectAfter(after: string): Subject | null {
  const text = after.replace(/^\s+/, '');
  const clause = text.split(/[,;:!?—(\u2063]|(?<!\b\p{Lu})\.(?=\s|$)|\s[–-]\s/u)[0]!.trim();
  if (clause === '') return null;
  const pronoun = /^(he|she|they)$/u.exec(clause);
  if (pronoun) return { kind: 'pronoun', word: pronoun[1]! };
  const name = leadingName(clause);
  if (name && /^\p{Lu}/u.test(clause)) {
    const rest = clause.slice(clause.indexOf(name) + name.length).trim();
    // "U.N. officials" is a description, not a name: a name ends the clause or a modifier follows it.
    if (rest === '' || /^(?:who|whose|of|from|at|in|on|during|after|before|when|while|to)\b/u.test(rest)) return { kind: 'name', text: name };
  }
  const phrase = trimDescription(clause);
  const list = words(phrase);
  if (list.length >= 2 && list.length <= 12 && (DETERMINER.test(list[0]!) || isPluralDescription(phrase))) return { kind: 'descriptor', text: list.join(' ') };
  return null;
}
