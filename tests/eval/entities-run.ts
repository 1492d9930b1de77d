// `npm run eval:entities [-- --errors]`: how well names are found, typed and linked, against hand-made gold lists.
import { entityMetrics, scoreEntities } from './entities-score.ts';

const scores = await scoreEntities();
const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
console.log(`${'document'.padEnd(38)}  gold  found  find P  find R  typed  linked`);
const sum = { gold: 0, found: 0, matched: 0, typed: 0, linked: 0 };
for (const s of scores) {
  const m = entityMetrics(s);
  for (const key of Object.keys(sum) as (keyof typeof sum)[]) sum[key] += s[key];
  console.log(`${s.name.padEnd(38)} ${String(s.gold).padStart(5)} ${String(s.found).padStart(6)} ${percent(m.precision)} ${percent(m.recall)} ${percent(m.typing)} ${percent(m.linking)}`);
}
const m = entityMetrics(sum);
console.log(`${'all'.padEnd(38)} ${String(sum.gold).padStart(5)} ${String(sum.found).padStart(6)} ${percent(m.precision)} ${percent(m.recall)} ${percent(m.typing)} ${percent(m.linking)}`);
console.log('\nfind = the same words in the same paragraph; typed and linked are shares of the mentions found.');
if (process.argv.includes('--compromise')) {
  const { scoreCompromise } = await import('./compromise-baseline.ts');
  const c = await scoreCompromise();
  const p = entityMetrics({ gold: c.gold, found: c.found, matched: c.matched, typed: c.typed, linked: 0 });
  console.log(`\ncompromise ${c.found} found: find P ${percent(p.precision)}, R ${percent(p.recall)}, typed ${percent(p.typing)}; gold names it finds that the rules miss: ${c.extra}`);
}
if (process.argv.includes('--errors')) {
  for (const s of scores) {
    for (const g of s.missed) console.log(`${s.name}: missed [${g.paragraph}] ${g.text} (${g.type})`);
    for (const f of s.spurious) console.log(`${s.name}: spurious [${f.paragraphIndex}] ${f.text} (${f.type} ${f.entity})`);
    for (const { gold, found } of s.mistyped) console.log(`${s.name}: typed ${found.type}, gold ${gold.type}: ${gold.text}`);
  }
}
