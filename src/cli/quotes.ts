// `npm run quotes [-- <slug or path> …]`: prints every quote the annotator finds, who said it, how it decided and why.
import { readArticles } from '../content/articles.ts';
import { ContentError, ContentErrors } from '../content/errors.ts';
import { readRegistry } from '../content/registry-file.ts';
import { annotateArticles } from './annotate-content.ts';

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text.padEnd(length));

try {
  const { registry } = readRegistry(process.cwd());
  const articles = readArticles(process.cwd(), registry).filter(
    (article) => wanted.length === 0 || wanted.some((want) => want === article.slug || article.path.endsWith(want.replace(/^\.\//, ''))),
  );
  if (wanted.length > 0 && articles.length === 0) {
    console.error(`error: no article matches ${wanted.join(', ')}; expected a slug or a path under content/articles/`);
    process.exitCode = 1;
  }
  for (const { article, annotation } of await annotateArticles(articles, registry)) {
    console.log(`\n${article.path}: ${annotation.quotes.length} quotes`);
    for (const quote of annotation.quotes) {
      const who = quote.speakerName ? `${quote.speakerName}${quote.speaker ? '' : ' (no entity)'}` : '(unattributed)';
      const how = quote.attribution ? `${quote.attribution} ${quote.confidence.toFixed(2)}` : '';
      console.log(`  ${clip(quote.text, 48)}  ${clip(who, 34)}  ${clip(how, 17)}  ${quote.cue ?? ''}`);
    }
  }
} catch (error) {
  if (error instanceof ContentErrors) for (const problem of error.problems) console.error(`error: ${problem.message}`);
  else if (error instanceof ContentError) console.error(`error: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
