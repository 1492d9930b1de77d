const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2022-04-26" → "26 April 2022", the same on every machine and time zone. */
export const formatDate = (isoDate: string) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`));

export const kindLabel = (kind: 'transcript' | 'article') => (kind === 'transcript' ? 'Transcript' : 'Article');

/** "1 quote", "3 quotes". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A share in 0..1 as a whole percentage: 0.257 → "26%". */
export const percent = (share: number) => `${Math.round(share * 100)}%`;
