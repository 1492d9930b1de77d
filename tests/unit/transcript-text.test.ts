import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleFrontmatter } from '../../src/content/schema.ts';
import { transcriptText } from '../../src/exports/transcript-text.ts';
import { renderMarkdown } from '../helpers/render.ts';

const fixture = (file: string) => readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8');
const site = new URL('https://news.example.org');
const frontmatter: ArticleFrontmatter = {
  title: 'Protests spread across three cities',
  kind: 'transcript',
  publisher: 'NPR',
  program: 'Morning Edition',
  byline: 'Chidi Okafor',
  published: '2025-06-02',
  url: 'https://www.npr.org/example',
};

describe('transcriptText', () => {
  it('writes the heading, then each turn as SPEAKER: words with its permalink, and stage directions and credits as printed', async () => {
    const { annotation } = await renderMarkdown(fixture('transcript-soundbites-interpreter/input.md'), fixture('transcript-soundbites-interpreter/entities.yaml'));
    const link = (index: number) => `<https://news.example.org/articles/lagos/#${annotation.turns[index]!.id}>`;
    // Read off tests/fixtures/transcript-soundbites-interpreter/input.md: the host's unlabeled opening, then labelled turns.
    expect(transcriptText({ slug: 'lagos', frontmatter, annotation }, site)).toBe(
      [
        'Protests spread across three cities\nNPR, Morning Edition\nBy Chidi Okafor\n2 June 2025\nOriginal: https://www.npr.org/example\nAnnotated transcript: https://news.example.org/articles/lagos/',
        'RUTH CALLOWAY, HOST: Good morning. Protests spread across three cities overnight.',
        `Our correspondent is in Lagos.\n${link(0)}`,
        `CHIDI OKAFOR: Ruth, the crowds began gathering before dawn.\n${link(1)}`,
        '(SOUNDBITE OF PROTEST)',
        `UNIDENTIFIED CROWD: (Chanting in Yoruba).\n${link(2)}`,
        `UNIDENTIFIED PERSON #1: We are tired of waiting.\n${link(3)}`,
        `CHIDI OKAFOR: The governor spoke this afternoon.\n${link(4)}`,
        '(SOUNDBITE OF ARCHIVED RECORDING)',
        `BABAJIDE SANWO-OLU: (Through interpreter) We hear you, and we will act.\n${link(5)}`,
        `CHIDI OKAFOR: Not everyone believes him.\n${link(6)}`,
        `RUTH CALLOWAY, HOST: Reporting from Lagos, thank you.\n${link(7)}`,
        `CHIDI OKAFOR: Thank you, Ruth.\n${link(8)}`,
        'Copyright 2025 NPR. All rights reserved. Visit our website terms of use and permissions pages for further information.',
      ].join('\n\n') + '\n',
    );
  });

  it('keeps a role and an aside the label printed, and sets a republisher’s note apart', async () => {
    const source = `---
kind: transcript
---

<!-- framing -->

Republished with permission.

<!-- /framing -->

ANDERSON COOPER, CNN ANCHOR: Good evening.

PRESIDENT VLADIMIR PUTIN (through translator): We are open to talks.
`;
    const { annotation } = await renderMarkdown(source, '- id: vladimir-putin\n  name: Vladimir Putin\n  type: person\n  aliases: [Putin]\n');
    const lines = transcriptText({ slug: 's', frontmatter: { ...frontmatter, byline: 'By Someone' }, annotation }, site).split('\n');
    expect(lines).toContain('By Someone');
    expect(lines).toContain('[Note from the republisher] Republished with permission.');
    expect(lines.find((line) => line.includes('Good evening.'))).toBe('ANDERSON COOPER, CNN ANCHOR: Good evening.');
    expect(lines.find((line) => line.includes('open to talks'))).toBe('VLADIMIR PUTIN (through translator): We are open to talks.');
  });
});
