/**
 * `npm run eval:entities -- --compromise`'s other half: the same gold lists scored against the `compromise` NLP
 * library's people, places and organisations, to see whether it would find names our rules miss. It is not used
 * by the annotator (see README, "Named entities"): it found fewer names, and less precisely.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { annotateArticles } from '../../src/cli/annotate-content.ts';
import { readArticleFile } from '../../src/content/articles.ts';
import { readRegistry } from '../../src/content/registry-file.ts';
import type { GoldMention } from './entities-score.ts';

export async function scoreCompromise(root = process.cwd(), dir = 'tests/eval/entities') {
  const { registry } = readRegistry(root);
  const totals = { gold: 0, found: 0, matched: 0, typed: 0, extra: 0 };
  for (const file of readdirSync(join(root, dir)).filter((name) => name.endsWith('.entities.json'))) {
    const gold = JSON.parse(readFileSync(join(root, dir, file), 'utf8')) as { source: string; mentions: GoldMention[] };
    const article = readArticleFile(root, gold.source, file);
    const [annotated] = await annotateArticles([article], registry);
    const ours = new Set(annotated!.annotation.mentions.map((m) => `${annotated!.annotation.paragraphs.find((p) => p.id === m.paragraph)!.source.index}|${m.text}`));
    const found: { paragraph: number; text: string; type: string }[] = [];
    const byIndex = Map.groupBy(annotated!.annotation.paragraphs, (p) => p.source.index);
    for (const [index, parts] of byIndex) {
      const doc = nlp(parts.map((p) => p.text).join(' '));
      for (const [type, list] of [['person', doc.people()], ['place', doc.places()], ['organization', doc.organizations()]] as const) {
        for (const text of list.out('array') as string[]) found.push({ paragraph: index, text: text.replace(/[.,;:’'s]+$/u, '').trim(), type });
      }
    }
    const used = new Set<number>();
    for (const mention of gold.mentions) {
      const at = found.findIndex((f, i) => !used.has(i) && f.paragraph === mention.paragraph && f.text === mention.text);
      if (at < 0) continue;
      used.add(at);
      totals.matched++;
      if (found[at]!.type === mention.type) totals.typed++;
      // A gold name compromise finds and our rules do not: what it would add.
      if (!ours.has(`${mention.paragraph}|${mention.text}`)) totals.extra++;
    }
    totals.gold += gold.mentions.length;
    totals.found += found.length;
  }
  return totals;
}
