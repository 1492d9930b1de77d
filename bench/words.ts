/**
 * Built-in vocabulary for the synthetic corpus: plain news English, names with diacritics,
 * fictional organisations and places. Nothing here names a real article; the only real people
 * used are the ones already in content/entities.yaml (so registry lookups get exercised).
 */

const list = (text: string): readonly string[] => text.trim().split(/\s+/);

export const NOUNS = list(`
  agreement budget plan proposal deal project program policy measure law bill rule decision report review inquiry
  investigation audit study survey analysis forecast estimate figure number rate price cost fee tax levy subsidy grant
  loan debt deficit surplus revenue income wage salary pension contract tender bid offer talks meeting summit session
  hearing vote election campaign ballot poll result outcome crisis conflict dispute strike protest march rally
  shortage surplus supply demand market economy industry sector company firm business factory plant mine port
  harbor terminal warehouse bridge road railway line station airport runway pipeline reactor grid network system
  school hospital clinic court prison council committee board ministry agency office department government cabinet
  parliament coalition party union league team club city town village district region province border coast river
  valley island forest field farm harvest crop drought flood storm fire earthquake season winter summer spring autumn
  morning evening week month year decade century history future past record problem question answer issue concern
  risk threat warning signal message letter statement speech interview document memo email website platform service
  product device vehicle truck ship vessel aircraft train bus car fleet route schedule delay closure shutdown repair
  upgrade expansion reform cut increase decline rise fall drop gain loss profit share stake holding asset fund bank
  investor lender borrower tenant landlord resident family household worker employee manager owner driver teacher
  doctor nurse patient student parent child neighbor voter customer passenger official lawmaker regulator inspector
  engineer scientist researcher economist analyst expert lawyer judge prosecutor witness victim survivor volunteer
  community neighborhood street square park center building tower apartment housing rent mortgage land water energy
  power fuel gas oil coal wind solar battery emissions pollution waste recycling climate weather temperature data
  evidence sample test trial vaccine treatment outbreak case infection response strategy approach framework standard
`);

export const ADJECTIVES = list(`
  new old large small major minor local regional national federal international public private official independent
  former current recent early late final initial annual monthly weekly daily long short high low rising falling
  strong weak stable fragile sharp steady gradual sudden unexpected expected likely unlikely possible difficult easy
  costly cheap expensive affordable safe dangerous serious severe modest significant substantial limited broad narrow
  key central main primary secondary critical crucial urgent immediate temporary permanent narrow wide deep shallow
  northern southern eastern western coastal rural urban industrial agricultural commercial financial economic
  political legal medical environmental technical digital social cultural historic controversial popular unpopular
  cautious careful ambitious bold aggressive quiet busy crowded empty full open closed delayed revised detailed
  complex simple clear uncertain tense calm heavy light fresh familiar unusual rare common
`);

/** Past-tense transitive verbs that are not speech verbs, so narrative never reads as a speech cue. */
export const VERBS = list(`
  approved rejected delayed blocked expanded reduced raised lowered cut doubled funded launched opened closed built
  rebuilt repaired replaced moved shifted extended shortened reviewed examined inspected studied measured tracked
  reported published released signed drafted amended passed vetoed challenged questioned backed supported opposed
  criticized welcomed praised joined left entered reached crossed hit missed met exceeded matched overtook lost won
  gained secured sought requested ordered hired fired trained recruited paid owed borrowed spent saved invested sold
  bought acquired merged split restructured reorganized managed ran operated controlled monitored protected defended
  attacked damaged destroyed flooded cleared evacuated rescued treated tested vaccinated diagnosed discovered found
  identified revealed uncovered highlighted reshaped transformed improved worsened eased tightened loosened finished
  completed started resumed paused suspended canceled postponed scheduled planned prepared handled negotiated settled
`);

export const PREPOSITIONS = list('in on at for with from into across over under after before during near outside inside around along');
export const DETERMINERS = list('the the the a a this that its their our several many some two three');
export const CONJUNCTIONS = list('and but while because although as since so even as whereas');
export const ADVERBIALS = list(`
  last_week on_Tuesday on_Monday this_month earlier_this_year in_recent_months for_the_first_time_since_2019
  over_the_weekend late_on_Thursday by_the_end_of_the_year within_weeks in_the_spring after_months_of_talks
  at_short_notice two_years_ago for_now in_the_meantime by_some_estimates on_paper in_practice
`).map((phrase) => phrase.replace(/_/g, ' '));

export const PLACES = list(`
  Northgate Harbor_City Calder_Falls Ravensholm Brekkevik Port_Aster Eastmoor Kessington Valmont Ostrava_Basin
  Lindqvist_Bay Marrowdale Sankt_Ilse Corvo_Island Dunmore Aldermoor Brightwater Greyhaven Tallinnmaa Ferncliff
`).map((place) => place.replace(/_/g, ' '));

export const ORGANIZATIONS = list(`
  Ministry_of_Transport Ministry_of_Finance Halden_Institute Brightwater_Securities Northgate_Port_Authority
  Calder_Valley_Water_Board Aldermoor_Pharmaceuticals Eastmoor_Teachers_Union Kessington_University
  Regional_Health_Agency Greyhaven_Shipping Valmont_City_Council Institute_for_Urban_Biodiversity
  Coastal_Farmers_Association Lindqvist_Energy Ferncliff_Hospital Marrowdale_Rail International_Crisis_Group
`).map((name) => name.replace(/_/g, ' '));

/** Roles for the description after a name: "a senior economist at the Halden Institute". */
export const ROLES = list(`
  economist analyst spokesperson researcher professor director engineer lawyer organizer nurse teacher councillor
  negotiator manager inspector planner ecologist historian consultant
`);
export const ROLE_MODIFIERS = list('senior chief lead deputy veteran former longtime regional');

/** Given names with their pronoun; a mix of languages and scripts' Latin spellings, many with diacritics. */
export const GIVEN_NAMES: readonly (readonly [string, 'he' | 'she'])[] = [
  ['Zoë', 'she'], ['José Ángel', 'he'], ['Søren', 'he'], ['Małgorzata', 'she'], ['François', 'he'], ['Anaïs', 'she'],
  ['Björn', 'he'], ['Ayşe', 'she'], ['Jürgen', 'he'], ['Chloé', 'she'], ['İlkay', 'he'], ['Siobhán', 'she'],
  ['Mário', 'he'], ['Íñigo', 'he'], ['Dagný', 'she'], ['Tomás', 'he'], ['Łucja', 'she'], ['Renée', 'she'],
  ['Øystein', 'he'], ['Ngozi', 'she'], ['Dariusz', 'he'], ['Karin', 'she'], ['Tobias', 'he'], ['Priya', 'she'],
  ['Kwame', 'he'], ['Mei-Ling', 'she'], ['Rafael', 'he'], ['Hana', 'she'], ['Olu', 'he'], ['Greta', 'she'],
  ['Mateus', 'he'], ['Élodie', 'she'], ['Andrés', 'he'], ['Noémie', 'she'], ['Václav', 'he'], ['Aino', 'she'],
  ['Pieter', 'he'], ['Leilani', 'she'], ['Hamid', 'he'], ['Ruth', 'she'], ['Dev', 'he'], ['Ingrid', 'she'],
];

export const SURNAMES = list(`
  Ødegaard Domínguez Kowalczyk Wróblewska Lefèvre Åström Yılmaz Müller Mercier Çelik Ní_Bhriain Gonçalves
  Ibáñez Þórsdóttir Novák Dvořák Okonjo Kowal Eide Njoroge Patel Calloway Mensah Zhou Van_Damme Šimková Brekke
  Halvorsen Karaçelik Østergaard Nakamura Fernández Lindqvist Moreau Kaniewski Achterberg Osei Castellanos Virtanen
  Grünewald Sørensen Kovačević Mahlangu Rossi Delacroix Haddad
`).map((name) => name.replace(/_/g, ' '));

/** Whole names in family-name-first order, kept as written. */
export const FULL_NAMES: readonly (readonly [string, 'he' | 'she'])[] = [
  ['Nguyễn Thị Lan', 'she'], ['Trần Văn Minh', 'he'], ['Lê Thị Hồng', 'she'], ['Phạm Quốc Bảo', 'he'],
];

/** Registry people (content/entities.yaml), quoted now and then so aliases and descriptions are exercised. */
export const REGISTRY_PEOPLE: readonly { name: string; surname: string; pronoun: 'he' | 'she'; description: string }[] = [
  { name: 'António Guterres', surname: 'Guterres', pronoun: 'he', description: 'the U.N. secretary-general' },
  { name: 'Vladimir Putin', surname: 'Putin', pronoun: 'he', description: 'the Russian president' },
  { name: 'Volodymyr Zelensky', surname: 'Zelensky', pronoun: 'he', description: 'the Ukrainian president' },
];

export const UNNAMED_SOURCES = list(`
  one_senior_official one_Western_diplomat a_person_familiar_with_the_talks two_people_briefed_on_the_plan
  one_council_officer a_senior_ministry_official one_union_negotiator an_adviser_close_to_the_mayor
`).map((phrase) => phrase.replace(/_/g, ' '));

export const DOCUMENTS = list('the_letter the_report the_statement the_ruling the_memo the_filing').map((phrase) => phrase.replace(/_/g, ' '));

export const ARTICLE_PUBLISHERS = list(`
  Northgate_Courier The_Harbor_Ledger Foreign_Policy Valmont_Daily Coastal_Wire Eastmoor_Evening_Post The_Calder_Review
`).map((name) => name.replace(/_/g, ' '));
export const REPUBLISHERS = list('Kyiv_Post Regional_Digest Open_Newsroom').map((name) => name.replace(/_/g, ' '));

export const PROGRAMS = list('Morning_Edition All_Things_Considered Weekend_Edition_Saturday Here_&_Now Up_First').map((name) =>
  name.replace(/_/g, ' '),
);

/** What NPR prints between segments. */
export const STAGE_DIRECTIONS = list(`
  SOUNDBITE_OF_MUSIC SOUNDBITE_OF_ARCHIVED_RECORDING SOUNDBITE_OF_ARCHIVED_BROADCAST SOUNDBITE_OF_CROWD_CHANTING
  SOUNDBITE_OF_SIREN LAUGHTER CROSSTALK SOUNDBITE_OF_PROTEST SOUNDBITE_OF_ENGINE_RUMBLING
`).map((direction) => `(${direction.replace(/_/g, ' ')})`);

export const CREDITS = [
  'Transcript provided by NPR, Copyright NPR.',
  'NPR transcripts are created on a rush deadline by an NPR contractor. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of NPR’s programming is the audio record.',
  'Copyright © 2024 NPR. All rights reserved.',
] as const;

/** Host small talk that opens and closes a two-way. */
export const HOST_OPENERS = [
  'Good morning.',
  'Hey there.',
  'Welcome back to the program.',
  'Thanks for joining us.',
  'Let’s start with the basics.',
] as const;
export const REPLIES = ['Yeah.', 'Well, yeah.', 'Right.', 'That’s right.', 'Sure.', 'Good morning.', 'Thanks for having me.', 'Exactly.'] as const;
/** Subjects of quoted speech; all take a plural verb. */
export const QUOTE_OPENERS = ['We', 'We', 'I think we', 'They', 'People here', 'Our members', 'Families', 'Many of us'] as const;
export const QUOTE_VERBS = list(`
  need want expect cannot_accept will_not_wait_for have_seen have_lost are_asking will_keep_pushing_for never_promised
  are_still_counting have_always_said_we_would_review do_not_understand are_ready_for
`).map((verb) => verb.replace(/_/g, ' '));
