import { stripTitles } from '../annotate/names.ts';
import { nameKey, type Registry } from '../annotate/registry.ts';
import { SpeakerResolver } from '../annotate/speakers.ts';
import { isStageDirection, parseLabel, type Label } from '../annotate/transcript-lines.ts';
import type { StoryParagraph } from './story.ts';

/** What the speaker labels of a story say: its kind, and who each label is as far as the page and the registry tell. */
export interface SpeakerFindings {
  kind: 'transcript' | 'article';
  /** Why the kind was chosen, for the report. */
  kindReason: string;
  /** Label as printed (without the colon) → registry id, only where the page names the person and the registry has them. */
  speakers: Record<string, string>;
  /** How each label resolves, for the report. */
  decided: string[];
  /** Labels nobody resolves, and unlabeled opening paragraphs: the user has to decide. */
  attention: string[];
}

// A transcript has turns by at least two speakers.
const MIN_TRANSCRIPT_LABELS = 2;

// A capitalised word of a name; a possessive ("NPR's") is not part of the name after it.
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}-]*(?:['’](?!s\b)[\p{L}\p{M}]+)?`;
const FULL_NAMES = new RegExp(String.raw`${NAME_WORD}(?:[ \u00a0]+${NAME_WORD}){1,3}`, 'gu');

/** "Charles Maynes" for MAYNES when the story names someone whose last name is the label ("NPR's Charles Maynes"). */
function fullNameOnPage(label: Label, paragraphs: StoryParagraph[]): { name: string; line: number } | null {
  const key = nameKey(label.name);
  for (const paragraph of paragraphs) {
    const text = paragraph.text.slice(parseLabel(paragraph.text)?.length ?? 0);
    for (const [run] of text.matchAll(FULL_NAMES)) {
      const name = stripTitles(run);
      const words = name.split(/[ \u00a0]+/);
      if (words.length >= 2 && nameKey(words.at(-1)!) === key) return { name, line: paragraph.line };
    }
  }
  return null;
}

/** Decides the kind from the labels, and what each label stands for; `registry` is the project's. */
export function readSpeakerLabels(paragraphs: StoryParagraph[], registry: Registry): SpeakerFindings {
  const story = paragraphs.filter((p) => !p.framing);
  const labelled = story.flatMap((paragraph) => {
    const label = parseLabel(paragraph.text);
    return label ? [{ label, line: paragraph.line }] : [];
  });
  const distinct = [...new Map(labelled.map((l) => [nameKey(l.label.name), l])).values()];
  if (distinct.length < MIN_TRANSCRIPT_LABELS) {
    const why = labelled.length === 0 ? 'no paragraph starts with a speaker label' : `only one speaker label (${distinct[0]!.label.printed})`;
    return { kind: 'article', kindReason: why, speakers: {}, decided: [], attention: [] };
  }
  const findings: SpeakerFindings = {
    kind: 'transcript',
    kindReason: `${labelled.length} paragraphs start with a speaker label: ${distinct.map((l) => l.label.name).join(', ')}`,
    speakers: {},
    decided: [],
    attention: [],
  };

  const resolver = new SpeakerResolver({ registry });
  const seen = new Set<string>();
  for (const { label, line } of labelled) {
    const resolved = resolver.resolve(label.name, label.printed);
    const key = nameKey(label.name);
    if (seen.has(key)) continue;
    seen.add(key);
    if (resolved) {
      const how = resolved.anonymous ? 'unnamed' : resolved.id && registry.byId.has(resolved.id) ? 'content/entities.yaml' : 'a person not in content/entities.yaml';
      findings.decided.push(`${label.name} → ${resolved.name} (${how})`);
      continue;
    }
    const named = fullNameOnPage(label, story);
    const entity = named ? registry.byName.get(nameKey(named.name)) : undefined;
    if (named && entity?.type === 'person') {
      findings.speakers[label.name] = entity.id;
      findings.decided.push(`${label.name} → ${entity.name} (the page names ${named.name}, line ${named.line}; speakers: ${label.name}: ${entity.id})`);
    } else if (named) {
      findings.attention.push(
        `speakers: label ${label.name} (line ${line}) is probably ${named.name} (named on line ${named.line}), who is not in content/entities.yaml: add them there and map \`${label.name}: <their id>\` under speakers`,
      );
    } else {
      findings.attention.push(`speakers: label ${label.name} (line ${line}) names no one the page or content/entities.yaml identifies: map \`${label.name}: <registry id>\` under speakers`);
    }
  }

  const firstLabelled = story.findIndex((p) => parseLabel(p.text));
  const unlabeled = story.slice(0, firstLabelled).filter((p) => !isStageDirection(p.text));
  if (unlabeled.length > 0) {
    findings.attention.push(
      `host: the ${unlabeled.length === 1 ? 'paragraph' : `${unlabeled.length} paragraphs`} before the first speaker label (line ${unlabeled[0]!.line}) ${unlabeled.length === 1 ? 'has' : 'have'} no speaker: set \`host:\` to the registry id of whoever speaks ${unlabeled.length === 1 ? 'it' : 'them'}`,
    );
  }
  return findings;
}
