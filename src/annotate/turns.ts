import type { IdAllocator } from './ids.ts';
import { SpeakerResolver, type ResolvedSpeaker } from './speakers.ts';
import { countWords, findCredit, isStageDirection, parseLabel } from './transcript-lines.ts';
import type { AnnotatedParagraph, AnnotateInput, Annotation, Turn } from './types.ts';

interface OpenTurn {
  turn: Turn;
  speaker: ResolvedSpeaker;
}

/**
 * Splits a transcript into speaker turns: a label starts a turn, unlabeled paragraphs continue it
 * (or belong to the host before any label), stage directions and credit lines belong to no one.
 */
export function annotateTranscript(input: AnnotateInput, ids: IdAllocator): Annotation {
  const resolver = new SpeakerResolver(input);
  const annotation: Annotation = { paragraphs: [], turns: [], quotes: [], mentions: [], entities: resolver.discovered, warnings: [] };
  let current: OpenTurn | undefined;
  // Warn once per unknown label, at its first use.
  const unresolved = new Set<string>();

  const openTurn = (speaker: ResolvedSpeaker, label: string | null, role: string | null, idText: string): OpenTurn => {
    const turn: Turn = {
      id: ids.allocate('t', `${label ?? speaker.id ?? 'x'} ${idText}`),
      speaker: speaker.id,
      speakerName: speaker.name,
      label,
      role,
      paragraphs: [],
      words: 0,
    };
    annotation.turns.push(turn);
    return { turn, speaker };
  };

  const push = (paragraph: Omit<AnnotatedParagraph, 'id'>, idText: string, open?: OpenTurn) => {
    const id = ids.allocate('p', idText);
    annotation.paragraphs.push({ id, ...paragraph, turn: open?.turn.id ?? null, speaker: open?.turn.speaker ?? null });
    if (open) {
      open.turn.paragraphs.push(id);
      open.turn.words += countWords(paragraph.text);
    }
  };

  input.paragraphs.forEach(({ text: whole, framing }, index) => {
    const span = (start: number, end: number) => ({ index, start, end });
    if (framing) return push({ text: whole, framing: true, role: 'framing', turn: null, speaker: null, source: span(0, whole.length), label: null }, whole);
    if (isStageDirection(whole)) {
      return push({ text: whole, framing: false, role: 'stage-direction', turn: null, speaker: null, source: span(0, whole.length), label: null }, whole);
    }
    const creditAt = findCredit(whole);
    const speech = creditAt < 0 ? whole : whole.slice(0, creditAt);
    if (speech.trim() !== '') {
      const label = parseLabel(speech);
      const spoken = label ? speech.slice(label.length) : speech;
      if (label) {
        const speaker = resolver.resolve(label.name, label.printed);
        if (!speaker && !unresolved.has(label.name)) {
          unresolved.add(label.name);
          annotation.warnings.push({
            paragraph: index,
            offset: 0,
            reason: `Unexpected speaker label \`${label.printed}\`, expected a label mapped in frontmatter \`speakers\`, a registry name, or an earlier full-name label: shown as printed, with no speaker page`,
            ruleId: 'unknown-speaker',
          });
        }
        const role = label.role ?? (speaker?.id && speaker.id === input.host ? 'host' : null);
        current = openTurn(speaker ?? { id: null, name: label.name, anonymous: false }, label.name, role, spoken);
      } else if (!current && input.host) {
        current = openTurn(resolver.known(input.host), null, 'host', spoken);
      }
      push({ text: spoken.trimEnd(), framing: false, role: current ? 'speech' : 'prose', turn: null, speaker: null, source: span(label?.length ?? 0, speech.trimEnd().length), label: label?.printed ?? null }, speech, current);
    }
    if (creditAt >= 0) {
      const credit = whole.slice(creditAt);
      push({ text: credit, framing: true, role: 'credit', turn: null, speaker: null, source: span(creditAt, whole.length), label: null }, credit);
    }
  });
  return annotation;
}
