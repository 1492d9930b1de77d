import { foldDiacritics, slugify } from './ids.ts';
import { dropPossessive, findNameRuns, isOrganizationName, isPlaceName, TITLES } from './names.ts';
import { nameKey, type EntityType, type Registry, type RegistryEntity } from './registry.ts';
import { memoizeByText } from './memo.ts';
import { sentenceSpans } from './sentences.ts';
import type { AnnotatedParagraph, DiscoveredEntity, Mention } from './types.ts';

export interface MentionInput {
  paragraphs: AnnotatedParagraph[];
  registry: Registry | undefined;
  /** Entities found so far (speakers, quote sources); new ones are added here. */
  discovered: DiscoveredEntity[];
}

interface Candidate {
  start: number;
  end: number;
  text: string;
  /** Set when the registry named it. */
  entity?: RegistryEntity;
  /** What the words around it already tell: a nationality before a title, a person after one. */
  type?: 'nationality' | 'person';
}

// Names of events: "Beijing Olympics", "World War II", "COP28 Summit".
const EVENT_WORD = /(?:^|\s)(?:Olympics|Olympic Games|Games|War|Summit|Cup|Championship|Championships|Election|Elections|Pandemic|Festival|Conference|Congress|Expo|Marathon|Revolution|Crisis|Uprising|Massacre|Genocide|Storm|Hurricane|Earthquake|Flood|Fire|Trial|Referendum|Strike)(?=\s|$)/u;
// Adjectives of nationality or a people: "Russian", "Korean", "Portuguese", "British", "Mexican", "Libyan"; the rest are
// listed, since endings like "-an", "-ch" or "-i" close as many names (Gowan, Marsh, Oleksii) as nationalities.
const DEMONYM_SUFFIX = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ican|yan)s?$/u;
const DEMONYM_I = new Set(
  ('Israeli Pakistani Iraqi Saudi Somali Bangladeshi Qatari Yemeni Kuwaiti Omani Emirati Azerbaijani Nepali Thai Bahraini Malawi Punjabi Bengali ' +
    'Kashmiri German Germans Cuban Cubans Afghan Afghans Dutch French Czech Czechs Welsh Greek Greeks Swiss Arab Arabs Arabic Baltic Nordic Slavic ' +
    'Icelandic Hispanic Celtic Catalan Catalans Basque Basques Kazakh Uzbek Tajik Kyrgyz Turkmen Sudanese Filipino Filipinos Scots Swede Swedes Dane ' +
    'Danes Finn Finns Pole Poles Turk Turks Briton Britons Serb Serbs Croat Croats Slovak Slovaks Thai Maori Inuit Roma Sami Kurd Kurds Pashtun ' +
    'Tamil Tamils Sikh Sikhs Hindu Hindus Muslim Muslims Jewish Jews Christian Christians Catholic Catholics Protestant Protestants Israelis Iraqis ' +
    'Pakistanis Saudis Somalis Yemenis Qataris Kuwaitis Emiratis Nepalis Bangladeshis').split(' '),
);
const isDemonym = (word: string) => DEMONYM_SUFFIX.test(word) || DEMONYM_I.has(word);
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u;
// Prepositions of place: a single unknown name after them is a place ("in Bucha", "from Leicester").
const LOCATIVE = /(?:^|\s)(?:in|at|from|near|into|across|outside|inside|around|through|to|toward|towards|across|via|of the city of|of the town of)\s+(?:the\s+)?$/u;
// Right after a person's name: a speech verb or "who" ("Haftar said", "Scholz, who").
const PERSON_CONTEXT = /^(?:,\s+who|\s+(?:said|says|told|added|asked|argued|wrote|called|warned|denied|insisted|noted|explained))\b/u;
// A verb after a capitalised word makes it a subject, not an adjective: "Gowan added", "Christian said".
const VERB_AFTER = /^\s+(?:said|says|added|adds|told|tells|wrote|writes|asked|argued|noted|warned|explained|insisted|recalled|replied|continued|conceded|stressed|\p{Ll}+ed)\b/u;
// Names of works: "U.N. Charter", "Paris Agreement", "Smart Quay 2035 Plan".
const WORK_WORD = /(?:^|\s)(?:Charter|Convention|Treaty|Act|Accord|Accords|Agreement|Protocol|Declaration|Plan|Program|Programme|Report|Strategy|Initiative|Doctrine|Review|Index)(?=\s|$)/u;
// Words a nationality adjective is not followed by: "Tripoli in April" names a city, "Russian forces" a nationality.
const FUNCTION_WORD = /^\s+(?:in|at|on|of|to|and|or|but|for|from|with|by|as|is|was|are|were|has|had|will|would|said|says|the|a|an|that|which|who)\b/u;

const regexEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with each letter's diacritics dropped where that keeps its length, so offsets still match ("Karaçelik" → "Karacelik"). */
function foldKeepingLength(text: string): string {
  // Most text is plain ASCII: nothing to fold.
  if (/^[\x00-\x7f]*$/u.test(text)) return text;
  let folded = '';
  for (const char of text) {
    if (char <= '\x7f') {
      folded += char;
      continue;
    }
    const base = foldDiacritics(char);
    folded += base.length === char.length ? base : char;
  }
  return folded;
}

/** One expression matching every registry name and alias, longest first, in diacritics-free form. */
function registryMatcher(registry: Registry | undefined): { pattern: RegExp; byForm: Map<string, RegistryEntity> } | null {
  const byForm = new Map<string, RegistryEntity>();
  for (const entity of registry?.entities ?? []) {
    for (const form of [entity.name, ...entity.aliases]) byForm.set(foldDiacritics(form), entity);
  }
  if (byForm.size === 0) return null;
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(regexEscape);
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'gu'), byForm };
}

/** Sentence starts of a paragraph, where a capital letter says nothing about a name. */
const sentenceStarts = memoizeByText((text) => new Set(sentenceSpans(text).map((span) => span.start)));

/**
 * Finds the named people, organisations, places, nationalities, events and works in a document and links each
 * mention to one entity: the registry's (by name or alias, diacritics ignored) or one made from the name, with a
 * lone surname or first name linked to the full name the document uses.
 */
export function findMentions(input: MentionInput): Mention[] {
  const matcher = registryMatcher(input.registry);
  const paragraphs = input.paragraphs.filter((p) => p.role !== 'stage-direction' && p.role !== 'credit');
  const allText = paragraphs.map((p) => p.text).join('\n');
  // Words the document writes with a capital mid-sentence: evidence a sentence-initial capital is a name too.
  const capitalisedMidSentence = new Set<string>();
  const people = new Map<string, Set<string>>();
  for (const paragraph of paragraphs) {
    const starts = sentenceStarts(paragraph.text);
    for (const run of findNameRuns(paragraph.text)) {
      if (!starts.has(run.start)) for (const word of run.text.split(' ')) capitalisedMidSentence.add(word);
      const name = personName(run.text);
      // Only plain names count: "Russian U.N." or "U.S. Secretary" are no one's full name.
      const parts = name?.split(' ') ?? [];
      const plain = parts.length >= 2 && !/\./u.test(name!) && !isDemonym(parts[0]!) && !isDemonym(parts.at(-1)!);
      if (name && plain && !isOrganizationName(name) && !isPlaceName(name) && !EVENT_WORD.test(name) && !WORK_WORD.test(name)) {
        for (const part of [name.split(' ')[0]!, name.split(' ').at(-1)!]) {
          const key = nameKey(part);
          (people.get(key) ?? people.set(key, new Set()).get(key)!).add(name);
        }
      }
    }
  }
  // Registry people too: "Charles" alone is Charles Maynes when the registry knows him.
  for (const entity of input.registry?.entities ?? []) {
    if (entity.type !== 'person' || !entity.name.includes(' ')) continue;
    for (const part of [entity.name.split(' ')[0]!, entity.name.split(' ').at(-1)!]) {
      const key = nameKey(part);
      (people.get(key) ?? people.set(key, new Set()).get(key)!).add(entity.name);
    }
  }
  const lowercaseWords = new Set(allText.match(/(?<![\p{L}])\p{Ll}[\p{L}’'-]*/gu) ?? []);

  const entityOf = (name: string, type: EntityType): { id: string; type: EntityType } => {
    const known = input.registry?.byName.get(nameKey(name));
    if (known) return { id: known.id, type: known.type };
    const id = slugify(name, { maxLength: 80 });
    const found = input.discovered.find((entity) => entity.id === id);
    if (found) return { id, type: found.type };
    input.discovered.push({ id, name, type });
    return { id, type };
  };

  const mentions: Mention[] = [];
  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    const starts = sentenceStarts(text);
    const candidates: Candidate[] = [];
    if (matcher) {
      for (const match of foldKeepingLength(text).matchAll(matcher.pattern)) {
        candidates.push({ start: match.index, end: match.index + match[0].length, text: text.slice(match.index, match.index + match[0].length), entity: matcher.byForm.get(match[0])! });
      }
    }
    const runs = findNameRuns(text);
    // "U.N. Charter", "U.N. Security Council": a registry name opening a longer name is part of another entity.
    for (const run of runs) {
      const opening = candidates.findIndex((c) => c.entity && c.start === run.start && c.end < run.end);
      const next = text.slice(candidates[opening]?.end ?? 0, run.end).trim().split(' ')[0] ?? '';
      if (opening >= 0 && !TITLES.has(next) && !candidates.some((c) => c.entity && c.start > run.start && c.end <= run.end)) candidates.splice(opening, 1);
    }
    const claimed = (start: number, end: number) => candidates.some((c) => c.entity && start < c.end && end > c.start);
    for (const run of runs) {
      // Split the run around registry matches: "Russian President Vladimir Putin" leaves "Russian President".
      let at = run.start;
      for (const piece of [...candidates.filter((c) => c.entity && c.start >= run.start && c.end <= run.end), { start: run.end, end: run.end }].sort((a, b) => a.start - b.start)) {
        const part = text.slice(at, piece.start).replace(/\s+$/u, '');
        if (/^\p{L}/u.test(part) && !claimed(at, at + part.length)) candidates.push(...splitRun(at, part, starts, text));
        at = piece.end;
        while (text[at] === ' ') at++;
      }
    }

    for (const candidate of candidates.sort((a, b) => a.start - b.start)) {
      if (candidate.entity) {
        mentions.push({ entity: candidate.entity.id, type: candidate.entity.type, text: candidate.text, paragraph: paragraph.id, start: candidate.start, end: candidate.end });
        continue;
      }
      const classified = classify(candidate, text, starts);
      if (!classified) continue;
      const { id, type } = entityOf(classified.name, classified.type);
      mentions.push({ entity: id, type, text: candidate.text, paragraph: paragraph.id, start: candidate.start, end: candidate.end });
    }
  }
  return mentions.filter((mention, i) => i === 0 || mentions[i - 1]!.paragraph !== mention.paragraph || mentions[i - 1]!.end <= mention.start);

  /** What a capitalised name is, and its canonical name; null for a capital that is no name (a sentence's first word). */
  function classify(candidate: Candidate, text: string, starts: Set<number>): { name: string; type: EntityType } | null {
    const name = candidate.text;
    const words = name.split(' ');
    const before = text.slice(Math.max(0, candidate.start - 20), candidate.start);
    const after = text.slice(candidate.end, candidate.end + 16);
    const atSentenceStart = starts.has(candidate.start) || /[“"‘(]$/u.test(before);
    if (candidate.type === 'nationality') return { name: name.replace(/(?<=an)s$/u, ''), type: 'nationality' };
    if (candidate.type === 'person') {
      const full = words.length === 1 ? people.get(nameKey(name)) : undefined;
      return { name: full?.size === 1 ? [...full][0]! : name, type: 'person' };
    }
    if (words.length === 1) {
      const known = input.registry?.byName.get(nameKey(name));
      if (known) return { name: known.name, type: known.type };
      const full = people.get(nameKey(name));
      if (full?.size === 1) return { name: [...full][0]!, type: 'person' };
      if (full && full.size > 1) return null;
      if (/\d/u.test(name) || /-(?:era|based|led|backed|style|born|owned|run|funded|made)$/u.test(name)) return null;
      // "Western diplomats", "Northern towns": a direction used as an adjective.
      if (/^(?:Western|Eastern|Northern|Southern|Central)$/u.test(name) && /^\s+\p{Ll}/u.test(after)) return null;
      if (isDemonym(name) && ((/^\s+\p{Ll}/u.test(after) && !FUNCTION_WORD.test(after) && !VERB_AFTER.test(after)) || /(?:ans|ese)$/u.test(name))) {
        return { name: name.replace(/(?<=an)s$/u, ''), type: 'nationality' };
      }
      // A capital at a sentence's start is a name only if the document capitalises the word elsewhere too.
      if (atSentenceStart && !capitalisedMidSentence.has(name)) return null;
      if (atSentenceStart && lowercaseWords.has(name.toLowerCase())) return null;
      if (ACRONYM.test(name)) return { name, type: 'organization' };
      if (EVENT_WORD.test(` ${name}`)) return { name, type: 'event' };
      if (LOCATIVE.test(before)) return { name, type: 'place' };
      // "the Guardian", "the Kremlin": a lone name after "the" is an organisation or a work, not a person or a city.
      if (/(?:^|\s)the\s+$/u.test(before)) return { name, type: 'organization' };
      if (PERSON_CONTEXT.test(after)) return { name, type: 'person' };
      return { name, type: isOrganizationName(name) ? 'organization' : 'place' };
    }
    if (WORK_WORD.test(name)) return { name, type: 'work' };
    if (isOrganizationName(name)) return { name, type: 'organization' };
    if (EVENT_WORD.test(name)) return { name, type: 'event' };
    if (isPlaceName(name)) return { name, type: 'place' };
    return { name, type: 'person' };
  }

  /**
   * The mentions in a run of capitalised words: "Ukrainian Defense Minister Oleksii Reznikov" → Ukrainian (a
   * nationality) and Oleksii Reznikov (a person); "U.S. Secretary of State Antony Blinken" → U.S. and Antony Blinken;
   * "Top Ukrainian officials" → Ukrainian; a possessive is cut off.
   */
  function splitRun(start: number, run: string, starts: Set<number>, text: string): Candidate[] {
    const words = run.split(' ');
    const offsets: number[] = [];
    for (let i = 0, at = start; i < words.length; at += words[i]!.length + 1, i++) offsets.push(at);
    const word = (i: number): Candidate => ({ start: offsets[i]!, end: offsets[i]! + words[i]!.length, text: words[i]! });
    const isTitle = (w: string) => TITLES.has(w) || TITLES.has(w.replace(/[’']s$/u, ''));
    const span = (from: number, to: number, type?: Candidate['type']): Candidate[] => {
      if (from >= to) return [];
      const textOf = dropPossessive(words.slice(from, to).join(' '));
      return /^\p{L}/u.test(textOf) ? [{ start: offsets[from]!, end: offsets[from]! + textOf.length, text: textOf, ...(type ? { type } : {}) }] : [];
    };
    // A run that is only titles and nationalities ("Russian President", "Secretary-General") names no one by itself.
    const onlyTitles = words.every((w) => isTitle(w) || isDemonym(w) || /^\p{Ll}/u.test(w));
    const lastTitle = onlyTitles ? words.length - 1 : words.findLastIndex((w, i) => i < words.length - 1 && isTitle(w));
    if (lastTitle >= 0) {
      const firstTitle = words.findIndex((w) => isTitle(w));
      const found: Candidate[] = [];
      // Before the titles: a place or organisation ("U.S."), or a nationality ("Ukrainian").
      const leading = words.slice(0, firstTitle);
      if (leading.length === 1 && isDemonym(leading[0]!)) found.push({ ...word(0), type: 'nationality' });
      else found.push(...span(0, firstTitle));
      for (let i = firstTitle; i <= lastTitle; i++) if (isDemonym(words[i]!) && !isTitle(words[i]!)) found.push({ ...word(i), type: 'nationality' });
      found.push(...span(lastTitle + 1, words.length, 'person'));
      return found;
    }
    // "Top Ukrainian officials": a nationality adjective ends the run; what comes before is its own name, if any.
    const last = words.length - 1;
    const afterRun = text.slice(offsets[last]! + words[last]!.length);
    if (isDemonym(words[last]!) && /^\s+\p{Ll}/u.test(afterRun) && !VERB_AFTER.test(afterRun) && !people.has(nameKey(words[last]!))) {
      const before = last > 0 && !(starts.has(start) && last === 1 && lowercaseWords.has(words[0]!.toLowerCase())) ? span(0, last) : [];
      return [...before, { ...word(last), type: 'nationality' }];
    }
    if (starts.has(start) && words.length > 1 && lowercaseWords.has(words[0]!.toLowerCase())) return span(1, words.length);
    return span(0, words.length);
  }
}

/** A run of capitalised words as a person's name, titles dropped; null when only titles are left. */
function personName(run: string): string | null {
  const words = run.split(' ');
  const lastTitle = words.findLastIndex((word, i) => i < words.length - 1 && TITLES.has(word));
  const name = dropPossessive(words.slice(lastTitle + 1).join(' '));
  return name || null;
}
