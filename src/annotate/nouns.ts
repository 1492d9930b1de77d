/**
 * Which descriptions can be a source of words: people ("one senior official"), documents ("the letter"),
 * organisations ("the ministry"). Plain English vocabulary, so "the closures" or "her own experiments" never speak.
 */
import { memoizeByText } from './memo.ts';

const PERSON_NOUNS = new Set(
  (
    'official officer spokesperson spokesman spokeswoman representative source person people diplomat expert analyst economist strategist ' +
    'resident worker employee operator manager director executive chief head chair chairman chairwoman president vice-president minister secretary ' +
    'lawyer attorney counsel prosecutor defender judge justice magistrate senator lawmaker legislator congressman congresswoman councillor councilor ' +
    'councilman councilwoman mayor governor aide adviser advisor consultant staffer assistant deputy envoy ambassador negotiator mediator ' +
    'professor researcher scientist scholar academic historian ecologist biologist glaciologist ornithologist geologist hydrologist climatologist ' +
    'physicist chemist engineer planner architect economist statistician doctor physician surgeon nurse paramedic medic teacher schoolteacher ' +
    'student pupil parent mother father son daughter brother sister uncle aunt grandmother grandfather wife husband widow child woman man girl boy ' +
    'owner landlord tenant shopkeeper farmer fisherman fisher driver pilot guide activist campaigner protester demonstrator organizer organiser ' +
    'witness victim survivor neighbor neighbour voter customer patient author writer editor reporter journalist correspondent columnist critic ' +
    'supporter opponent advocate volunteer member leader founder co-founder investor trader banker shareholder stakeholder partner colleague friend ' +
    'soldier commander general captain sergeant veteran police policeman policewoman detective inspector firefighter guard ranger warden ' +
    'priest pastor imam rabbi bishop cleric monk nun coach player athlete fan miner docker dockworker longshoreman crane striker picketer ' +
    'picket unionist steward fellow candidate nominee delegate observer insider commentator blogger user caller listener viewer reader ' +
    'passenger traveler traveller tourist visitor local villager citizen immigrant refugee migrant settler elder chairperson treasurer clerk ' +
    'auditor inspector regulator administrator superintendent principal headteacher dean provost chancellor rector lecturer tutor curator ' +
    'librarian archivist accountant developer designer programmer founder entrepreneur ceo cfo cto coo boss supervisor foreman contractor ' +
    'mechanic electrician plumber builder cleaner cook chef waiter bartender barista baker butcher vendor seller buyer broker agent landowner ' +
    'homeowner householder commuter cyclist pedestrian motorist sailor captain crew spokesmodel host anchor presenter moderator panelist ' +
    'commissioner commissioners selectman alderman trustee governor-general manufacturer insider participant respondent interviewee defendant plaintiff claimant petitioner appellant complainant litigant juror ' +
    'gaffer skipper boss midfielder defender striker forward goalkeeper keeper winger referee umpire ' +
    'one others someone somebody anyone everybody everyone nobody'
  ).split(/\s+/),
);

const DOCUMENT_NOUNS = new Set(
  (
    'letter statement report study paper ruling judgment judgement decision opinion order filing memo memorandum complaint lawsuit suit petition ' +
    'brief motion resolution declaration communique communiqué release notice announcement document documents text transcript survey poll ' +
    'analysis review audit assessment plan proposal brochure leaflet pamphlet flyer sign banner placard poster website site page post tweet email ' +
    'e-mail message note book article editorial column blog newsletter manifesto charter treaty agreement contract bill law regulation guidance ' +
    'guidelines policy strategy budget forecast warning advisory summary abstract introduction preface caption headline slogan script verdict ' +
    'indictment affidavit testimony minutes agenda invitation application submission response reply'
  ).split(/\s+/),
);

const ORGANIZATION_NOUNS = new Set(
  (
    'company firm ministry department agency union council court government administration group organization organisation association campaign ' +
    'committee commission board authority office party police army military navy embassy consulate university school college hospital clinic ' +
    'bank fund institute center centre foundation charity club team league federation network station newspaper magazine channel broadcaster ' +
    'airline carrier manufacturer maker retailer operator developer insurer lender startup consultancy county city state municipality region ' +
    'district parliament senate congress assembly cabinet kremlin presidency monarchy palace secretariat observatory museum library trust ' +
    'cooperative consortium coalition alliance movement church diocese council utility regulator watchdog tribunal panel jury prosecutors ' +
    'prosecution defense defence plaintiffs defendants shipper port harbor harbour authority subsidiary conglomerate chain ' +
    'publisher label studio brand think-tank tank nonprofit non-profit ngo'
  ).split(/\s+/),
);

export type DescriptionKind = 'person' | 'document' | 'organization';

// Where a description's head noun ends and its modifiers begin: "a portfolio manager at a fund" → "manager".
const MODIFIER_START = /\s(?:at|of|on|in|from|with|for|who|whom|whose|which|that|familiar|close|involved|briefed|to|near|inside|outside|within|under|over|across|behind)\b.*$/u;

/** The head noun of a description: "One senior official at the Ministry of Transport" → "official". */
export function headNoun(description: string): string {
  const words = description.replace(MODIFIER_START, '').trim().split(/\s+/);
  return (words.at(-1) ?? '').toLowerCase().replace(/[’']s$/u, '').replace(/[^\p{L}-]/gu, '');
}

const singular = (noun: string) => noun.replace(/(?<=[^s])ies$/u, 'y').replace(/(?<=(?:ss|sh|ch|x))es$/u, '').replace(/(?<=[^s])s$/u, '');

/** What a description can speak as, or null when it is no source of words at all ("the closures", "it was"). */
export const descriptionKind: (description: string) => DescriptionKind | null = memoizeByText(kindOfDescription);

function kindOfDescription(description: string): DescriptionKind | null {
  const head = headNoun(description);
  // "secretary-general", "chief-of-staff": a hyphenated title is a person by its first part.
  for (const noun of [head, singular(head), head.replace(/men$/u, 'man').replace(/women$/u, 'woman').replace(/people$/u, 'person'), head.split('-')[0]!]) {
    if (PERSON_NOUNS.has(noun)) return 'person';
    if (ORGANIZATION_NOUNS.has(noun)) return 'organization';
    if (DOCUMENT_NOUNS.has(noun)) return 'document';
  }
  return null;
}

/** True for a head noun that names a kind of organisation, so "the ministry" can mean the Ministry of Transport named before. */
export const isOrganizationNoun = (noun: string) => ORGANIZATION_NOUNS.has(noun.toLowerCase());

const DETERMINER_WORD = /^(?:my|his|her|their|our|your|the|a|an|one|My|His|Her|Their|Our|Your|The|A|An|One)$/u;

/** People a sentence describes without naming: "my neighbor", "a harbor master", "one of the organizers" → their start and words. */
export const findPersonDescriptions: (text: string) => readonly { start: number; text: string }[] = memoizeByText(personDescriptionsOf);

function personDescriptionsOf(text: string): { start: number; text: string }[] {
  const tokens = [...text.matchAll(/[\p{L}\p{M}’'-]+/gu)];
  const found: { start: number; text: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!DETERMINER_WORD.test(tokens[i]![0])) continue;
    for (let end = i + 2; end <= Math.min(tokens.length, i + 4); end++) {
      const last = tokens[end - 1]!;
      const phrase = text.slice(tokens[i]!.index, last.index + last[0].length);
      if (/[.,;:!?]/u.test(phrase) || !/^\p{Ll}/u.test(last[0])) break;
      if (descriptionKind(phrase) === 'person') {
        found.push({ start: tokens[i]!.index, text: phrase });
        i = end - 1;
        break;
      }
    }
  }
  return found;
}
