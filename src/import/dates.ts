import { isoDateSchema } from '../content/schema.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?=$|[T\s,.;)])/;
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+(\d{4})\b`, 'i');

const pad = (n: number) => String(n).padStart(2, '0');
const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** A real calendar date as YYYY-MM-DD, or null. */
function calendarDate(year: number, month: number, day: number): string | null {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isoDateSchema.safeParse(iso).success ? iso : null;
}

/**
 * The first date written in `text` with its year: `2022-04-26` (also the date part of an
 * ISO timestamp, as the publisher wrote it), `April 26, 2022`, `26 April 2022`; else null.
 * Numeric forms like 4/5/2022 are ambiguous between countries and are not read.
 */
export function findDate(text: string): string | null {
  return dateIn(text)?.date ?? null;
}

/** The first date with its year in `text` and where it starts, or null. */
function dateIn(text: string): { date: string; index: number } | null {
  const candidates: { index: number; date: string | null }[] = [];
  const iso = ISO.exec(text);
  if (iso) candidates.push({ index: iso.index, date: calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) });
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) candidates.push({ index: mdy.index, date: calendarDate(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2])) });
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) candidates.push({ index: dmy.index, date: calendarDate(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1])) });
  const first = candidates.filter((c) => c.date).sort((a, b) => a.index - b.index)[0];
  return first ? { date: first.date!, index: first.index } : null;
}

/** True when the text says its date is of an update ("Updated 4 March 2024"), not of publication. */
export function isUpdateDate(text: string): boolean {
  const found = dateIn(text);
  return found !== null && /\b(?:updated|modified|last edited|revised)\b/i.test(text.slice(0, found.index));
}
