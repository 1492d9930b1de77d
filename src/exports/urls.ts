/** Site paths of the pages and files the exports link to. */

export const entityUrl = (id: string) => `/entities/${id}/`;

/** The plain-text download of a transcript, next to its page. */
export const transcriptTextUrl = (slug: string) => `/articles/${slug}/transcript.txt`;

export const FEED_URL = '/feed.xml';
