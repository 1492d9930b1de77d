/**
 * Scores named-entity mentions against hand-made gold lists (tests/eval/entities/*.entities.json):
 * finding (the same words in the same paragraph), typing (person, place …) and linking (the same entity
 * for every mention the gold gives one canonical name).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../../src/annotate/ids.ts';
import { nameKey, type Registry } from '../../src/annotate/registry.ts';
import type { Mention } from '../../src/annotate/types.ts';
import { annotateArticles } from '../../src/cli/annotate-content.ts';
import { readArticleFile } from '../../src/content/articles.ts';
import { readRegistry } from '../../src/content/registry-file.ts';

export interface GoldMention {
  paragraph: number;
  text: string;
  type: string;
  entity: string;
}

export interface EntityScore {
  name: string;
  gold: number;
  found: number;
  matched: number;
  typed: number;
  linked: number;
  missed: GoldMention[];
  spurious: (Mention & { paragraphIndex: number })[];
  mistyped: { gold: GoldMention; found: Mention }[];
}

/** The entity a gold canonical name stands for: the registry's id, or the id made from the name. */
const goldId = (name: string, registry: Registry) => registry.byName.get(nameKey(name))?.id ?? slugify(name, { maxLength: 80 });

export async function scoreEntities(root = process.cwd(), dir = 'tests/eval/entities'): Promise<EntityScore[]> {
  const { registry } = readRegistry(root);
  const scores: EntityScore[] = [];
  for (const file of readdirSync(join(root, dir)).filter((name) => name.endsWith('.entities.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(root, dir, file), 'utf8')) as { source: string; mentions: GoldMention[] };
    const article = readArticleFile(root, gold.source, file);
    const [annotated] = await annotateArticles([article], registry);
    const annotation = annotated!.annotation;
    const indexOf = new Map(annotation.paragraphs.map((p) => [p.id, p.source.index]));
    const found = annotation.mentions.map((mention) => ({ ...mention, paragraphIndex: indexOf.get(mention.paragraph) ?? -1 }));
    const used = new Set<number>();
    const score: EntityScore = { name: file.replace('.entities.json', ''), gold: gold.mentions.length, found: found.length, matched: 0, typed: 0, linked: 0, missed: [], spurious: [], mistyped: [] };
    // Each gold entity's mentions should all land on one found entity, and that one should be the gold's.
    for (const mention of gold.mentions) {
      const index = found.findIndex((f, i) => !used.has(i) && f.paragraphIndex === mention.paragraph && f.text === mention.text);
      if (index < 0) {
        score.missed.push(mention);
        continue;
      }
      used.add(index);
      score.matched++;
      const hit = found[index]!;
      if (hit.type === mention.type) score.typed++;
      else score.mistyped.push({ gold: mention, found: hit });
      if (hit.entity === goldId(mention.entity, registry)) score.linked++;
    }
    score.spurious = found.filter((_, i) => !used.has(i));
    scores.push(score);
  }
  return scores;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export const entityMetrics = (s: Pick<EntityScore, 'gold' | 'found' | 'matched' | 'typed' | 'linked'>) => ({
  precision: ratio(s.matched, s.found),
  recall: ratio(s.matched, s.gold),
  typing: ratio(s.typed, s.matched),
  linking: ratio(s.linked, s.matched),
});
