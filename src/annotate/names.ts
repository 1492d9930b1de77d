/** A run of capitalised words in text, e.g. "Ukrainian Defense Minister Oleksii Reznikov". */
export interface NameRun {
  start: number;
  end: number;
  text: string;
}

// Lower-case particles that can sit inside a name: "Ban Ki-moon", "Charles de Gaulle", "Rafael van der Berg".
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'dos', 'das', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'ter', 'ten']);
const TOKEN = /[\p{Lu}][\p{L}\p{M}'’.-]*|[\p{Ll}]+(?=\s+\p{Lu})|@[\w]+/gu;

// Capitalised at a sentence's start or as a pronoun, but never a name by themselves.
const COMMON_WORDS = new Set(
  (
    'The A An In On At For From To Of By With And But Or So Yet Still Well Yeah Yes No Not It Its It’s This That These Those There Here ' +
    'He She They We I You His Her Their Our My Your When While If As After Before Since During Although Though Because However Meanwhile ' +
    'Asked Speaking Today Tonight Yesterday Tomorrow Now Then Also Some Many Most Several Both Each Every All Any One Why What Who How ' +
    'Where Which Whether OK Okay Oh Look Listen Right Sure Thank Thanks Please Even Only Just Indeed Instead Ultimately Weeks Days Months Years'
  ).split(' '),
);

/** Capitalised word runs, allowing name particles between capitalised words; common sentence openers are not names. */
export function findNameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  let current: NameRun | undefined;
  let pendingParticle: { start: number; end: number } | undefined;
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    const gap = current ? text.slice(pendingParticle?.end ?? current.end, start) : '';
    const adjacent = current !== undefined && /^ $/.test(gap);
    if (/^\p{Ll}/u.test(word)) {
      if (adjacent && PARTICLES.has(word) && !pendingParticle) pendingParticle = { start, end };
      else {
        current = undefined;
        pendingParticle = undefined;
      }
      continue;
    }
    if (word.startsWith('@') || COMMON_WORDS.has(word)) {
      current = undefined;
      pendingParticle = undefined;
      continue;
    }
    const clean = word.replace(/[’'.,-]+$/u, (tail) => (/^\.$/.test(tail) && /^(?:\p{Lu}\.)+$/u.test(word) ? tail : tail === '.' && word.length <= 3 ? tail : ''));
    const cleanEnd = start + clean.length;
    if (current && adjacent) {
      current.end = cleanEnd;
      current.text = text.slice(current.start, cleanEnd);
    } else {
      current = { start, end: cleanEnd, text: clean };
      runs.push(current);
    }
    pendingParticle = undefined;
    // A name run stops at punctuation after a word ("Guterres, the chief").
    if (end !== cleanEnd || /^[,;:!?)\]]/.test(text.slice(end, end + 1))) current = undefined;
  }
  return runs;
}

/** Words that precede a name as a title or office, never part of the name itself. */
export const TITLES = new Set(
  (
    'President Vice Prime Minister Secretary General Secretary-General Undersecretary-General Under-Secretary-General Chancellor Foreign Defense Defence ' +
    'State Senator Sen. Representative Rep. Governor Gov. Mayor Dr. Mr. Mrs. Ms. Mx. Prof. Professor Chief Ambassador King Queen Prince Princess Pope ' +
    'Judge Justice Gen. Col. Lt. Sgt. Capt. Adm. Maj. Commissioner Director Chairman Chairwoman Chair CEO Spokesperson Spokesman Spokeswoman Envoy ' +
    'Leader Speaker Deputy Acting Former Interior Finance Health Trade Energy Agriculture Education Labor Labour Home Attorney Sir Dame Lord Lady ' +
    'Rabbi Rev. Father Sheikh Emir Crown Colonel General Major Captain Lieutenant Sergeant Admiral Senior Associate Assistant Executive Officer ' +
    'Commander Premier Cardinal Archbishop Bishop Imam Councillor Councilman Councilwoman Congressman Congresswoman Delegate MP MEP'
  ).split(' '),
);

/** Adjectives of nationality or place that precede a title: "Ukrainian", "Russian", "U.S.", "French". */
const isNationalityLike = (word: string) => /^(?:\p{Lu}\.){2,}$/u.test(word) || /(?:an|ian|ese|ish|ch|i|ic)$/u.test(word);

/** The person's name inside a run with titles: "Ukrainian Defense Minister Oleksii Reznikov" → "Oleksii Reznikov". */
export function stripTitles(run: string): string {
  const words = run.split(' ');
  let lastTitle = -1;
  words.forEach((word, index) => {
    if (TITLES.has(word) || TITLES.has(word.replace(/[’']s$/u, ''))) lastTitle = index;
  });
  let rest = words.slice(lastTitle + 1);
  // "Russian Vladimir Putin" is rare, but "Ukrainian President …" was handled above; drop a leading nationality only before a title.
  if (lastTitle < 0 && rest.length > 2 && isNationalityLike(rest[0]!) && TITLES.has(rest[1]!)) rest = rest.slice(2);
  return rest.join(' ');
}

/** Drops a possessive ending: "Guterres’s" → "Guterres", "Putin's" → "Putin". */
export const dropPossessive = (name: string) => name.replace(/[’']s$/u, '').replace(/(?<=s)[’']$/u, '');
