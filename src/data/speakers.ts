import type { Annotation, AttributionMethod } from '../annotate/types.ts';
import type { CorpusArticle } from './corpus.ts';
import { excerpt } from './excerpt.ts';
import { speakerStats } from './speaker-stats.ts';

/** A speaker's turns in one article, with their share of that transcript's spoken words. */
export interface SpeakerInArticle {
  slug: string;
  title: string;
  publisher: string;
  published: string;
  turns: { id: string; role: string | null; label: string | null; words: number; excerpt: string }[];
  quotes: { id: string; text: string; attribution: AttributionMethod | null; confidence: number }[];
  words: number;
  /** Share of all words spoken in turns of that transcript, 0..1. */
  share: number;
}

/** Everything one speaker said across the corpus. */
export interface SpeakerSummary {
  id: string;
  name: string;
  roles: string[];
  labels: string[];
  articles: SpeakerInArticle[];
  turns: number;
  words: number;
  quotes: number;
}

/** Each turn's text, in one pass over the paragraphs (a 2,000-turn transcript has 2,000 turns to look up). */
function turnTexts(annotation: Annotation): Map<string, string> {
  const texts = new Map<string, string[]>();
  for (const p of annotation.paragraphs) if (p.turn) (texts.get(p.turn) ?? texts.set(p.turn, []).get(p.turn)!).push(p.text);
  return new Map([...texts].map(([turn, parts]) => [turn, parts.join(' ')]));
}

/** Groups every turn and quote with a known speaker by that speaker, articles newest first. */
export function summarizeSpeakers(articles: CorpusArticle[]): Map<string, SpeakerSummary> {
  const speakers = new Map<string, SpeakerSummary>();
  const summaryOf = (id: string, name: string) =>
    speakers.get(id) ?? speakers.set(id, { id, name, roles: [], labels: [], articles: [], turns: 0, words: 0, quotes: 0 }).get(id)!;
  const entryOf = (summary: SpeakerSummary, article: CorpusArticle, totalWords: number) => {
    // Articles are visited one at a time, so this article's entry, if any, is the last one.
    let entry = summary.articles.at(-1)?.slug === article.slug ? summary.articles.at(-1) : undefined;
    if (!entry) {
      const { title, publisher, published } = article.frontmatter;
      entry = { slug: article.slug, title, publisher, published, turns: [], quotes: [], words: 0, share: 0 };
      summary.articles.push(entry);
    }
    entry.share = totalWords ? entry.words / totalWords : 0;
    return entry;
  };
  for (const article of articles) {
    const totalWords = article.annotation.turns.reduce((sum, turn) => sum + turn.words, 0);
    const texts = turnTexts(article.annotation);
    for (const turn of article.annotation.turns) {
      if (!turn.speaker) continue;
      const summary = summaryOf(turn.speaker, turn.speakerName);
      const entry = entryOf(summary, article, totalWords);
      entry.turns.push({ id: turn.id, role: turn.role, label: turn.label, words: turn.words, excerpt: excerpt(texts.get(turn.id) ?? '') });
      entry.words += turn.words;
      entry.share = totalWords ? entry.words / totalWords : 0;
      summary.turns++;
      summary.words += turn.words;
      if (turn.role && !summary.roles.includes(turn.role)) summary.roles.push(turn.role);
      if (turn.label && !summary.labels.includes(turn.label)) summary.labels.push(turn.label);
    }
    for (const quote of article.annotation.quotes) {
      if (!quote.speaker || !quote.speakerName) continue;
      const summary = summaryOf(quote.speaker, quote.speakerName);
      entryOf(summary, article, totalWords).quotes.push({ id: quote.id, text: quote.text, attribution: quote.attribution, confidence: quote.confidence });
      summary.quotes++;
    }
  }
  for (const summary of speakers.values()) summary.articles.sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
  return speakers;
}

/** The speakers of one transcript in order of first appearance, for its legend. */
export const speakersOf = (annotation: Annotation) => speakerStats(annotation.turns).speakers;
