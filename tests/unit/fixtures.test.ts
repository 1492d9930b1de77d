import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/annotate/types.ts';
import { renderMarkdown } from '../helpers/render.ts';

/**
 * Each folder under tests/fixtures is a case: `input.md`, and hand-checked expectations:
 * `expected.html` (the rendered story), `expected-turns.txt` (one line per paragraph:
 * role, speaker id, turn label, opening words; tab-separated, `-` for none),
 * `expected-quotes.txt` (one line per quote: speaker id or "name" of an unnamed source or `-`,
 * attribution or `-`, confidence, opening words; tab-separated),
 * `messages.txt` (`line:column rule` per warning; none expected when absent),
 * and optionally `entities.yaml`, a registry used instead of the project's.
 */
const root = new URL('../fixtures/', import.meta.url);
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/input.md`, root)))
  .map((entry) => entry.name)
  .sort();

// Whitespace between block tags is not content.
const normalize = (html: string) => html.trim().replace(/>\s*\n\s*</g, '><');
const has = (name: string, file: string) => existsSync(new URL(`${name}/${file}`, root));
const read = (name: string, file: string) => readFileSync(new URL(`${name}/${file}`, root), 'utf8');

const turnLines = (annotation: Annotation) => {
  const turns = new Map(annotation.turns.map((turn) => [turn.id, turn]));
  return annotation.paragraphs.map((p) => [p.role, p.speaker ?? '-', (p.turn && turns.get(p.turn)?.label) ?? '-', p.text.slice(0, 30)].join('\t').trimEnd());
};

const quoteLines = (annotation: Annotation) =>
  annotation.quotes.map((q) =>
    [q.speaker ?? (q.speakerName ? `"${q.speakerName}"` : '-'), q.attribution ?? '-', String(q.confidence), q.text.slice(0, 40)].join('\t').trimEnd(),
  );

describe('remark plugin fixtures (tests/fixtures/<case>/)', () => {
  it('has fixture cases, each with an expectation', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    for (const name of cases) expect(['expected.html', 'expected-turns.txt', 'expected-quotes.txt'].some((file) => has(name, file)), name).toBe(true);
  });

  for (const name of cases) {
    it(name, async () => {
      const { html, messages, annotation } = await renderMarkdown(read(name, 'input.md'), has(name, 'entities.yaml') ? read(name, 'entities.yaml') : undefined);
      if (has(name, 'expected.html')) expect(normalize(html)).toBe(normalize(read(name, 'expected.html')));
      if (has(name, 'expected-turns.txt')) expect(turnLines(annotation)).toEqual(read(name, 'expected-turns.txt').trimEnd().split('\n').map((line) => line.trimEnd()));
      if (has(name, 'expected-quotes.txt')) {
        expect(quoteLines(annotation)).toEqual(read(name, 'expected-quotes.txt').trimEnd().split('\n').map((line) => line.trimEnd()));
      }
      const expectedMessages = has(name, 'messages.txt') ? read(name, 'messages.txt').trim().split('\n') : [];
      const actualMessages = messages
        .map((m) => ({ key: `${m.line}:${m.column} ${m.ruleId}`, line: m.line, column: m.column }))
        .sort((a, b) => a.line - b.line || a.column - b.column)
        .map((m) => m.key);
      expect(actualMessages).toEqual(expectedMessages);
    });
  }
});
