import { findAlsoQuoted, type AlsoQuoted } from '../data/also-quoted.ts';
import { loadCorpus } from './corpus.ts';

let alsoQuoted: Promise<AlsoQuoted> | undefined;

/** Quotes shared between articles, found once per build for every article page. */
export function loadAlsoQuoted(): Promise<AlsoQuoted> {
  alsoQuoted ??= loadCorpus().then((articles) =>
    findAlsoQuoted(articles.map(({ slug, frontmatter, annotation }) => ({ slug, title: frontmatter.title, quotes: annotation.quotes }))),
  );
  return alsoQuoted;
}
