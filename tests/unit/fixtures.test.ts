import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers/render.ts';

const root = new URL('../fixtures/', import.meta.url);
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/input.md`, root)))
  .map((entry) => entry.name)
  .sort();

// Whitespace between block tags is not content.
const normalize = (html: string) => html.trim().replace(/>\s*\n\s*</g, '><');
const read = (name: string, file: string) => readFileSync(new URL(`${name}/${file}`, root), 'utf8');

describe('remark plugin fixtures (tests/fixtures/<case>/input.md)', () => {
  it('has fixture cases', () => expect(cases.length).toBeGreaterThanOrEqual(4));

  for (const name of cases) {
    it(name, async () => {
      const { html, messages } = await renderMarkdown(read(name, 'input.md'));
      expect(normalize(html)).toBe(normalize(read(name, 'expected.html')));
      const expectedMessages = existsSync(new URL(`${name}/messages.txt`, root))
        ? read(name, 'messages.txt').trim().split('\n')
        : [];
      const actualMessages = messages
        .map((m) => ({ key: `${m.line}:${m.column} ${m.ruleId}`, line: m.line, column: m.column }))
        .sort((a, b) => a.line - b.line || a.column - b.column)
        .map((m) => m.key);
      expect(actualMessages).toEqual(expectedMessages);
    });
  }
});
