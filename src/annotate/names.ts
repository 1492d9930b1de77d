import { memoizeByText } from './memo.ts';

/** A run of capitalised words in text, e.g. "Ukrainian Defense Minister Oleksii Reznikov". */
export interface NameRun {
  start: number;
  end: number;
  text: string;
}

// Lower-case particles that can sit inside a name: "Ban Ki-moon", "Charles de Gaulle", "Rafael van der Berg".
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'dos', 'das', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'ter', 'ten', 'y']);
// Connectors an organisation or office name can hold: "Ministry of the Interior", "Institute for Urban Biodiversity".
const CONNECTORS = new Set(['of', 'for', 'the']);
const WORD = /[\p{L}\p{M}\d][\p{L}\p{M}\d'’.&-]*|@\w+/gu;

// Capitalised at a sentence's start or as a pronoun, but never a name by themselves.
const COMMON_WORDS = new Set(
  (
    'The A An In On At For From To Of By With And But Or So Yet Still Well Yeah Yes No Not It Its It’s This That These Those There Here ' +
    'He She They We I You His Her Their Our My Your When While If As After Before Since During Although Though Because However Meanwhile ' +
    'Asked Speaking Today Tonight Yesterday Tomorrow Now Then Also Some Many Most Several Both Each Every All Any One Why What Who How ' +
    'Where Which Whether OK Okay Oh Look Listen Right Sure Thank Thanks Please Even Only Just Indeed Instead Ultimately Weeks Days Months Years ' +
    'Another Other Others Nobody Everyone Everybody Someone Somebody Anyone Nothing Everything Something Until Unless Once Among Across Under Over ' +
    'Back Like Unlike Despite Without Within Through Throughout Against Between Beyond Amid Along Around About Above Below Behind Beside Besides ' +
    'Such Much More Less Few Last Next First Second Third Later Earlier Soon Again Perhaps Maybe Never Always Often Sometimes Together ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December ' +
    'Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. Mon. Tue. Wed. Thu. Fri. Sat. Sun. Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ' +
    'Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety Hundred Thousand Dozens Hundreds Thousands'
  ).split(' '),
);

// "We’re", "I’m", "That’s": a capital that is a pronoun or a contraction, never a name.
const CONTRACTION = /^(?:I|We|You|They|He|She|It|That|There|What|Who|Let|Here|Where)[’'](?:m|re|ve|ll|d|s)$/u;

// Words that make a capitalised name an organisation, not a person: "International Crisis Group", "Halvorsen Shipping".
const ORGANIZATION_WORDS =
  'Council Court Group Nations Union Agency Ministry Office Committee Organization Organisation Party University Institute Center Centre Bank Fund ' +
  'Department Commission Army Navy Forces House Senate Congress Parliament Government Times Post News Association Federation Republic Kingdom States ' +
  'Foundation Corporation Company Inc Inc. Corp Corp. Ltd Ltd. LLC plc AG GmbH Network Service Services Police Guard Authority Administration Board ' +
  'Bureau Tribunal Assembly Alliance Coalition Movement Front Church Club Team Press Radio Television TV Shipping Pharmaceuticals Pharma Therapeutics ' +
  'Biotech Holdings Airlines Airways Motors Energy Technologies Systems Partners Capital Industries Foods Logistics Media Labs Laboratory Laboratories ' +
  'Insurance Rail Railways Steel Mining Oil Gas Power Telecom Software Bancorp Financial Securities Ventures Brands Retail Stores Markets Entertainment ' +
  'Studios Records Publishing Construction Engineering Electric Chemicals Materials Networks Communications Solutions Consulting Observatory Museum ' +
  'Library Libraries Hospital Clinic School College Academy Society Commissioners Trust Agency Port Authority Cooperative Co-op Consortium Institution League Kremlin Pentagon';
const ORGANIZATION_WORD = new RegExp(String.raw`(?:^|\s)(?:${ORGANIZATION_WORDS.split(' ').map((word) => word.replace('.', '\\.')).join('|')})(?=\s|$)`, 'u');

// Words that make a capitalised name a place: "Riverside Park", "Brekke Glacier", "Elm Street".
const PLACE_WORD =
  /(?:^|\s)(?:Park|Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Boulevard|Square|Plaza|River|Lake|Mountain|Mountains|Mount|Mt\.|Bay|Island|Islands|Valley|Glacier|Fjord|Sea|Ocean|Coast|Beach|Hill|Hills|Forest|Desert|Canyon|Creek|Harbor|Harbour|Quay|Bridge|Station|Airport|Terminal|Hall|Tower|Building|Highway|Route|Canal|Peninsula|Province|Region|District|County|Township|Village|Town|City|Country|Falls|Springs|Heights|Point|Cove|Ridge|Grove|Gardens|Estate|Estates|Port|Field|Fields|Wood|Woods|Marsh|Moor|Dale|Crossing|Junction|North|South|East|West|Northern|Southern|Eastern|Western|Europe|Africa|Asia|America|Americas)(?=\s|$)/u;

/** True when a capitalised name names a place rather than a person. */
export const isPlaceName = (name: string) => PLACE_WORD.test(name);

/** True when every word of a name is a title: "Union Health Secretary", "Chief Whip" name an office, not a person. */
export const isOnlyTitles = (name: string) => name.split(' ').every((word) => TITLES.has(word) || /^(?:Union|State|Federal|Deputy|Health|Home|Prime|Junior|Senior|Shadow|Chief)$/u.test(word));

/** True when a capitalised name names an organisation: "Ministry of Transport", "Aldermoor Pharmaceuticals". */
export const isOrganizationName = (name: string) => ORGANIZATION_WORD.test(name);

const isCapitalised = (word: string) => /^[\p{Lu}]/u.test(word) && !COMMON_WORDS.has(word) && !COMMON_WORDS.has(word.replace(/[.,]$/u, '')) && !CONTRACTION.test(word);
// Titles and organisation words that can take "of"/"for": "Secretary of State", "Bank of England".
const takesConnector = (word: string) => TITLES.has(word) || ORGANIZATION_WORD.test(word);

/** A word with a full stop that is part of it: an initialism (U.N.), an initial (J.), or a title (Dr., St.). */
const keepsStop = (word: string) => /^(?:\p{Lu}\.)+$/u.test(word) || TITLES.has(word);

/**
 * Capitalised word runs: "Ukrainian Defense Minister Oleksii Reznikov", "Charles de Gaulle", "Ministry of the Interior".
 * Particles and connectors join capitalised words; punctuation after a word ends the run; common sentence openers are not names.
 */
export const findNameRuns: (text: string) => readonly Readonly<NameRun>[] = memoizeByText(nameRunsOf);

function nameRunsOf(text: string): NameRun[] {
  const tokens = [...text.matchAll(WORD)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    if (!isCapitalised(first.word) || first.word.startsWith('@')) {
      i++;
      continue;
    }
    let last = i;
    // Extend while the next capitalised word follows after one space, possibly across up to two particles or connectors.
    for (;;) {
      const current = tokens[last]!;
      // Punctuation, a sentence's full stop or a possessive ("NPR’s Charles Maynes") ends the name.
      if (text[current.end] !== ' ' || (current.word.endsWith('.') && !keepsStop(current.word)) || /[’']s$/u.test(current.word)) break;
      let next = last + 1;
      let joined = 0;
      while (next < tokens.length && joined < 2 && !isCapitalised(tokens[next]!.word)) {
        const word = tokens[next]!.word;
        const allowed = PARTICLES.has(word) || (CONNECTORS.has(word) && takesConnector(tokens[last]!.word.replace(/\.$/, '')));
        if (!allowed || text.slice(tokens[next - 1]!.end, tokens[next]!.start) !== ' ') break;
        next++;
        joined++;
      }
      const candidate = tokens[next];
      if (!candidate || !isCapitalised(candidate.word) || text.slice(tokens[next - 1]!.end, candidate.start) !== ' ') break;
      last = next;
    }
    const end = tokens[last]!;
    const word = end.word.replace(/[’'.,-]+$/u, (tail) => (tail === '.' && keepsStop(end.word) ? tail : ''));
    const runEnd = end.start + word.length;
    if (runEnd > first.start) runs.push({ start: first.start, end: runEnd, text: text.slice(first.start, runEnd) });
    i = last + 1;
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
    'Commander Premier Cardinal Archbishop Bishop Imam Councillor Councilman Councilwoman Congressman Congresswoman Delegate MP MEP ' +
    'Dr Mr Mrs Ms Mx Prof St Sen Rep Gov Gen Col Lt Sgt Capt Supt Insp Det Cllr Hon Ald Alderman Alderwoman Commissioner Sheriff Constable Inspector ' +
    'Shri Sri Smt. Smt Shrimati Hon\'ble TD Senator-elect Councilmember Alderperson Magistrate Barrister Solicitor Advocate ' +
    'Superintendent Detective Officer Trooper Pastor Reverend Provost Chancellor Rector Headteacher Headmaster Headmistress'
  ).split(' '),
);

/** Adjectives of nationality or place that precede a title: "Ukrainian", "Russian", "U.S.", "French". */
const isNationalityLike = (word: string) => /^(?:\p{Lu}\.){2,}$/u.test(word) || /(?:an|ian|ese|ish|ch|i|ic)$/u.test(word);

/** The person's name inside a run with titles: "Ukrainian Defense Minister Oleksii Reznikov" → "Oleksii Reznikov". */
export function stripTitles(run: string): string {
  const words = run.split(' ');
  let lastTitle = -1;
  words.forEach((word, index) => {
    // A title word at the end is a surname ("Martin Luther King"), not a title.
    if (index < words.length - 1 && (TITLES.has(word) || TITLES.has(word.replace(/[’']s$/u, '')))) lastTitle = index;
  });
  let rest = words.slice(lastTitle + 1);
  // "Ukrainian President …" was handled above; a leading nationality is dropped only before a title.
  if (lastTitle < 0 && rest.length > 2 && isNationalityLike(rest[0]!) && TITLES.has(rest[1]!)) rest = rest.slice(2);
  return dropPostNominals(rest.join(' '));
}

// Letters after a name that are no part of it: "Lucinda de Villiers SC", "Martin Luther King Jr.".
const POST_NOMINAL = /(?:\s+|,\s*)(?:SC|QC|KC|MP|MSP|MEP|TD|Jr\.?|Sr\.?|III|II|IV|PhD|MD|Esq\.?|OBE|MBE|CBE)$/u;

/** A name without letters after it: "Lucinda de Villiers SC" → "Lucinda de Villiers". */
export const dropPostNominals = (name: string) => name.replace(POST_NOMINAL, '');

/** Drops a possessive ending: "Guterres’s" → "Guterres", "Putin's" → "Putin". */
export const dropPossessive = (name: string) => name.replace(/[’']s$/u, '').replace(/(?<=s)[’']$/u, '');
