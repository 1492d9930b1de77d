import { findNameRuns, TITLES } from './names.ts';
import { descriptionKind, headNoun } from './nouns.ts';
import { isAbbreviation } from './sentences.ts';

/** Who a speech cue names, before anyone is resolved: a pronoun, a name, or a description. */
export type Subject =
  | { kind: 'pronoun'; word: string }
  | { kind: 'name'; text: string }
  | { kind: 'descriptor'; text: string };

// Verbs that report speech or writing, in the forms news text uses. Forms that are mostly nouns ("states", "notes", "claims") are left out.
const VERBS =
  'said says say added adds add told tells tell wrote writes write tweeted posted asked asks ask explained explains explain noted argued ' +
  'argues argue insisted insists insist warned warns warn recalled recalls recall replied answered declared declares declare stated ' +
  'acknowledged acknowledges acknowledge conceded concedes concede observed remarked concluded conclude concludes countered continued ' +
  'continues quipped joked cautioned cautions stressed emphasized emphasised emphasizes emphasises admitted admits admit complained complains ' +
  'announced announces testified testifies predicted predicts predict urged urge pleaded suggested suggest claimed maintained maintain ' +
  'reiterated responded responds shouted shouts whispered exclaimed mused muses lamented laments recounted recounts wondered wonders vowed ' +
  'promised confirmed confirms denied denies called described describes chanted written texted emailed messaged yelled sang sings contended ' +
  'contends contend objected';
/** A speech verb, as a pattern to build anchored expressions from. */
export const VERB_PATTERN = `(?:${VERBS.split(/\s+/).filter(Boolean).join('|')})`;
// Not part of a hyphenated word: "so-called" is no speech verb.
export const SPEECH_VERB = new RegExp(String.raw`(?<![\p{L}-])${VERB_PATTERN}(?![\p{L}-])`, 'gu');
export const SPEECH_PARTICIPLE = /(?<![\p{L}-])(?:saying|adding|telling|writing|declaring|noting|insisting|warning|arguing|tweeting|asking|explaining|stressing|stating|calling it|chanting|shouting)(?![\p{L}-])/gu;

// Words between a subject and its verb: "he later said", "Guterres has also said".
const AUXILIARY = /\s+(?:also|later|then|once|previously|recently|has|have|had|would|will|further|earlier|privately|publicly|repeatedly|reportedly|first|again|simply|only|flatly|just|went on to|had earlier|did|does|do|is|was|were|are|been|being|careful to|went on|quickly|softly|quietly|angrily|firmly|bluntly)$/u;
const PRONOUN = /(?:^|\s)(he|she|they|I|we|He|She|They|We)$/u;
const DETERMINER = /^(?:the|a|an|one|two|three|four|five|six|several|some|many|most|few|his|her|their|its|my|our|your|another|both|each|this|that|these|those|no|The|A|An|One|Two|Three|Four|Five|Six|Several|Some|Many|Most|His|Her|Their|Its|My|Our|Another|Both|This|These|No)$/u;
const LEADING_CONNECTIVE = /^(?:and|but|or|so|yet|still|with|while|as|then|however|also|And|But|Or|So|Yet|Still|With|While|As|Then|However|Also)\s+/u;
// Where a description of a source stops being its name: "one Western diplomat, who spoke on condition of anonymity".
const DESCRIPTOR_END = /\s+(?:who|whom|which|that|speaking|because|when|after|before|while|since|whose)\b.*$/u;
// Modifiers worth keeping on a bare head ("a person familiar with the talks") but not on a full one ("one Western diplomat").
const DESCRIPTOR_MODIFIER = /\s+(?:familiar with|close to|involved in|briefed on|with knowledge of|aware of)\b.*$/u;
// Words a subject never holds: a clause, not a noun phrase ("Several residents said they had heard the closures").
const CLAUSE_WORD = /(?<![\p{L}-])(?:is|are|was|were|be|been|being|has|have|had|will|would|could|should|can|may|might|must|did|does|do|but|if|not)(?![\p{L}-])/u;

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);

/** A description cut to what names the source: relative clauses dropped, modifiers kept only when the head needs them. */
function trimDescription(text: string): string {
  const cut = text.replace(DESCRIPTOR_END, '');
  const head = cut.replace(DESCRIPTOR_MODIFIER, '');
  return words(head).length >= 3 || words(cut).length > 10 ? head : cut;
}

/** A description that can be a source, or null: "the closures" or "a meeting in the state capital" cannot speak. */
function plausibleDescription(phrase: string): string | null {
  const text = phrase.trim();
  if (words(text).length < 2 && !/^(?:protesters|demonstrators|officials|residents|critics|analysts|experts|police|prosecutors|witnesses|organizers|organisers|supporters|opponents)$/iu.test(text)) return null;
  if (CLAUSE_WORD.test(text.replace(/^(?:the|a|an)\s+/u, ''))) return null;
  return descriptionKind(text) ? text : null;
}

/** The name a segment ends with: "Ukrainian Defense Minister Oleksii Reznikov", "Dujarric". */
function trailingName(segment: string): { text: string; start: number } | null {
  const last = findNameRuns(segment).at(-1);
  if (!last || segment.slice(last.end).trim() !== '') return null;
  return { text: last.text, start: last.start };
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

/**
 * A name at the end of a noun phrase, after nothing but lower-case title words:
 * "crane operator Dariusz Kowal", "the consultancy Brightline Urban", "union negotiator Pieter Van Damme".
 */
function titledName(segment: string): string | null {
  const name = trailingName(segment);
  if (!name) return null;
  const before = segment.slice(0, name.start).trim();
  const lowerTitle = /^(?:(?:the|a|an|its|their|his|her|my|our)\s+)?(?:[\p{Ll}’'-]+\s+){0,4}[\p{Ll}’'-]+$/u.test(before);
  // "the French critic Hélène …": a determiner, then words ending in a lower-case role.
  const determinedRole = /^(?:the|a|an|its|their|his|her|my|our)\s+(?:\S+\s+){0,3}[\p{Ll}’'-]+$/u.test(before);
  if (before === '' || /^(?:the|The)$/u.test(before) || ((lowerTitle || determinedRole) && !CLAUSE_WORD.test(before))) return name.text;
  return null;
}

// Modifiers that extend a description's head: "a group of more than 200 former U.N. officials", "an expert at the Crisis Group".
const EXTENDING = /^(?:of|at|from|in|with|for|on|familiar with|close to|involved in|briefed on)$/u;

/** The words from `from` to the shortest noun that can be a source, then its prepositional modifiers: "a group of … officials". */
function headedPhrase(list: string[], from: number): string | null {
  for (let end = from + 2; end <= list.length; end++) {
    if (!descriptionKind(list.slice(from, end).join(' '))) continue;
    // Noun compounds: "one council officer", "a harbor master", not "one council".
    while (end < list.length && !EXTENDING.test(list[end]!) && descriptionKind(list.slice(from, end + 1).join(' '))) end++;
    let stop = end;
    // Take a following prepositional phrase up to the next determiner-led clause boundary, at most eight words.
    if (stop < list.length && (EXTENDING.test(list[stop]!) || EXTENDING.test(`${list[stop]} ${list[stop + 1] ?? ''}`))) stop = Math.min(list.length, stop + 8);
    return plausibleDescription(list.slice(from, stop).join(' ')) ?? plausibleDescription(list.slice(from, end).join(' '));
  }
  return null;
}

/** A description of a source, from its determiner on: "with the Ukrainian leader" → "the Ukrainian leader". */
function description(segment: string): string | null {
  const list = words(trimDescription(segment));
  if (list.length === 0) return null;
  const offset = Math.max(0, list.length - 12);
  const recent = list.slice(offset);
  const from = recent.findIndex((word) => DETERMINER.test(word));
  if (from >= 0) return headedPhrase(recent, from);
  // A bare plural at a clause start: "former U.N. officials", "protesters", "Analysts at Brightwater Securities".
  const bare = list.join(' ');
  if (list.length <= 8 && /s$/u.test(headNoun(bare)) && descriptionKind(bare)) return plausibleDescription(bare);
  if (list.length <= 6 && !/^\p{Lu}/u.test(list.at(-1)!)) return plausibleDescription(bare);
  return null;
}

/** A noun phrase that is the whole of `segment`: a pronoun, a name, or a description. */
function wholeSubject(segment: string): Subject | null {
  const text = segment.trim().replace(LEADING_CONNECTIVE, '');
  if (text === '' || /[“”"«»\u2063]/u.test(text)) return null;
  const pronoun = /^(he|she|they|I|we|He|She|They|We)$/u.exec(text);
  if (pronoun) return { kind: 'pronoun', word: pronoun[1]!.toLowerCase() };
  const name = titledName(text);
  if (name) return { kind: 'name', text: name };
  const phrase = description(text);
  if (phrase && (DETERMINER.test(words(text)[0]!) || phrase === words(text).join(' '))) return { kind: 'descriptor', text: phrase };
  return null;
}

// Modal phrases before an infinitive: "I've had to tell", "She used to say".
const INFINITIVE_AUXILIARY = /\s+(?:had to|have to|has to|got to|need to|needs to|needed to|want to|wanted to|used to|going to|began to|started to|tried to|decided to|chose to|went on to|careful to|able to|would|will|could|should|might|must|can|may)$/u;

/** Drops "also", "has", "later", "used to" between a subject and its verb, and a contraction on the subject ("I've"). */
function stripAuxiliaries(text: string): string {
  let rest = text.trimEnd();
  for (let match = AUXILIARY.exec(rest) ?? INFINITIVE_AUXILIARY.exec(rest); match; match = AUXILIARY.exec(rest) ?? INFINITIVE_AUXILIARY.exec(rest)) {
    rest = rest.slice(0, match.index).trimEnd();
  }
  return rest.replace(/(?<=(?:^|\s)(?:I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey))['’](?:ve|d|ll|s|re|m)$/u, '');
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
  if (appositive?.kind === 'name' && words(body.slice(comma + 1)).length <= 8) return appositive;
  return head;
}

/** "…, Karin Eide, who" / "Gerald Haskins-Bell, a retired accountant, who": the person a relative clause is about. */
function relativeSubject(text: string): Subject | null {
  const antecedent = /^(.*?)[,\s]+who$/su.exec(text)?.[1];
  if (antecedent === undefined) return null;
  const withComma = `${antecedent.trimEnd()},`;
  const appositive = appositiveSubject(withComma);
  if (appositive?.kind === 'name') return appositive;
  // "…was Gerald Haskins-Bell, a retired accountant, who": the name before the appositive.
  const beforeAppositive = antecedent.lastIndexOf(',');
  const named = beforeAppositive > 0 ? trailingName(antecedent.slice(0, beforeAppositive)) : null;
  if (named && description(antecedent.slice(beforeAppositive + 1))) return { kind: 'name', text: named.text };
  const name = trailingName(antecedent);
  if (name) return { kind: 'name', text: name.text };
  const phrase = description(lastClause(antecedent));
  return phrase ? { kind: 'descriptor', text: phrase } : appositive;
}

const lastClause = (text: string) =>
  text.slice(Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':'), text.lastIndexOf('—'), text.lastIndexOf('('), text.lastIndexOf('\u2063')) + 1);

/**
 * The subject of a speech verb from the text before it, within one sentence:
 * "Stéphane Dujarric, Guterres’ chief spokesperson," → Stéphane Dujarric; "Asked if …, Dujarric" → Dujarric;
 * "with the Ukrainian leader" → the Ukrainian leader; "Karin Eide, who" → Karin Eide; "he" → pronoun.
 */
export function subjectBefore(before: string): Subject | null {
  const text = stripAuxiliaries(before);
  const pronoun = PRONOUN.exec(text);
  if (pronoun) return { kind: 'pronoun', word: pronoun[1]!.toLowerCase() };
  const relative = relativeSubject(text);
  if (relative) return relative;
  const appositive = appositiveSubject(text);
  if (appositive) return appositive;
  if (text.endsWith(',')) return null;
  const clause = lastClause(text);
  // "Several State Governments", "one Collector", "The Chief Whip": a determiner makes it a description.
  const opening = clause.trim().replace(LEADING_CONNECTIVE, '');
  const properName = /^(?:the|The)\s+(?:\p{Lu}\S*\s*)+$/u.test(opening);
  if (DETERMINER.test(words(opening)[0] ?? '') && !titledName(opening) && !properName) {
    const phrase = description(opening);
    if (phrase) return { kind: 'descriptor', text: phrase };
  }
  const trailing = trailingName(clause);
  // A name after a preposition is an object ("Analysts at Brightwater Securities"), not the subject.
  const objectName = trailing && /\b(?:at|of|from|in|with|for|on|by|to|about|against|than)\s*$/u.test(clause.slice(0, trailing.start));
  const name = titledName(clause.replace(LEADING_CONNECTIVE, '').trim()) ?? (objectName ? null : trailing?.text);
  if (name) return { kind: 'name', text: name };
  const phrase = description(clause.replace(LEADING_CONNECTIVE, ''));
  return phrase ? { kind: 'descriptor', text: phrase } : null;
}

/** A subject that makes up all of `segment` (the text between a closing quote and its verb). */
export function subjectSegment(segment: string): Subject | null {
  const text = stripAuxiliaries(segment.replace(/^[\s,]+/, ''));
  if (/,\s*who$/u.test(text)) return relativeSubject(text);
  return text.endsWith(',') ? appositiveSubject(text) : wholeSubject(text);
}

/** The first clause of text after a verb: up to punctuation, but not at the full stop of "Dr." or "U.S.". */
function firstClause(text: string): string {
  for (const match of text.matchAll(/[,;:!?—(\u2063]|\.(?=\s|$)|\s[–-]\s/gu)) {
    if (match[0] === '.' && isAbbreviation(text, match.index)) continue;
    return text.slice(0, match.index);
  }
  return text;
}

/**
 * The subject after a verb or "according to": "Feltman, who signed" → Feltman;
 * "one Western diplomat familiar with …" → one Western diplomat; "U.S. Secretary of State Antony Blinken" → that name;
 * "union negotiator Pieter Van Damme" → Pieter Van Damme.
 */
export function subjectAfter(after: string): Subject | null {
  const clause = firstClause(after.replace(/^\s+/, '')).trim();
  if (clause === '') return null;
  const pronoun = /^(he|she|they)$/u.exec(clause);
  if (pronoun) return { kind: 'pronoun', word: pronoun[1]! };
  const name = leadingName(clause);
  if (name && /^\p{Lu}/u.test(clause)) {
    const rest = clause.slice(clause.indexOf(name) + name.length).trim();
    // "U.N. officials" is a description, not a name: a name ends the clause or a modifier follows it.
    if (rest === '' || /^(?:who|whose|of|from|at|in|on|during|after|before|when|while|to)\b/u.test(rest)) return { kind: 'name', text: name };
  }
  const titled = titledName(clause);
  if (titled) return { kind: 'name', text: titled };
  const phrase = trimDescription(clause);
  const list = words(phrase);
  if (list.length >= 1 && list.length <= 12 && (DETERMINER.test(list[0]!) || /s$/u.test(list.at(-1)!))) {
    const plausible = plausibleDescription(list.join(' '));
    if (plausible) return { kind: 'descriptor', text: plausible };
  }
  return null;
}

/**
 * The subject a sentence opens with, for a verb coordinated with an earlier one:
 * "The majority leader, Gordon Pryce-Whitfield, walked out … and told reporters …" → Gordon Pryce-Whitfield.
 */
export function leadingSubject(sentence: string): Subject | null {
  const text = sentence.replace(LEADING_CONNECTIVE, '');
  const segments = text.split(',');
  if (segments.length >= 3) {
    const appositive = appositiveSubject(`${segments[0]},${segments[1]},`);
    if (appositive && appositive.kind !== 'pronoun') return appositive;
  }
  const run = findNameRuns(text)[0];
  if (run && run.start === 0 && /^\s+\p{Ll}/u.test(text.slice(run.end))) return { kind: 'name', text: run.text };
  return null;
}

// Verbs a sentence's subject is followed by when it introduces a quote with a colon: "The mayor was blunt: “…”".
const INTRODUCING_VERB = /^(.*?)\s+(?:was|is|were|are|has|had|have|put|kept|offered|gave|made|sounded|struck|summed|summarized|summarised|spelled|spelt|got|became|remained|stayed|seemed|looked)\b/u;

/** Who a sentence ending in a colon introduces: "Osei was blunt:", "She put it simply:", "The mayor was blunt:". */
export function introducingSubject(sentence: string): Subject | null {
  // The clause right before the colon ("Forty minutes later, he texted a friend:"), else the sentence's own subject.
  const clauses = sentence.split(/,\s+/u);
  const last = clauses.length > 1 && words(clauses.at(-1)!).length >= 2 ? clauses.at(-1)! : null;
  return (last ? subjectOfClause(last) : null) ?? subjectOfClause(sentence);
}

function subjectOfClause(clause: string): Subject | null {
  const text = clause.replace(LEADING_CONNECTIVE, '').trim();
  const pronoun = /^(He|She|They|he|she|they)\b/u.exec(text);
  if (pronoun) return { kind: 'pronoun', word: pronoun[1]!.toLowerCase() };
  const leading = leadingSubject(text);
  if (leading) return leading;
  const prefix = INTRODUCING_VERB.exec(text)?.[1];
  const phrase = prefix && words(prefix).length <= 6 ? description(prefix) : null;
  return phrase ? { kind: 'descriptor', text: phrase } : null;
}
