import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { ContentError } from './errors.ts';
import { articleFrontmatterSchema, type ArticleFrontmatter } from './schema.ts';

/** A content file split into validated frontmatter and markdown body. */
export interface ArticleSource {
  /** Whole file as text (frontmatter included), what the markdown pipeline reads. */
  text: string;
  frontmatter: ArticleFrontmatter;
  body: string;
  /** 1-based line of the first body line, to turn body positions into file positions. */
  bodyLine: number;
  /** 1-based line of each top-level frontmatter field, for messages. */
  fieldLines: Map<string, number>;
}

const FENCE = /^---[ \t]*$/;

/** Decodes bytes as UTF-8, refusing anything else rather than showing replacement characters. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const at = firstInvalidUtf8Offset(bytes);
    const line = bytes.subarray(0, at).filter((byte) => byte === 0x0a).length + 1;
    throw new ContentError(file, `not valid UTF-8 (first bad byte at offset ${at}); expected a UTF-8 text file: re-save it as UTF-8`, { line });
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset]!;
    const length = lead < 0x80 ? 1 : lead >> 5 === 0b110 ? 2 : lead >> 4 === 0b1110 ? 3 : lead >> 3 === 0b11110 ? 4 : 0;
    if (length === 0 || offset + length > bytes.length) return offset;
    try {
      decoder.decode(bytes.subarray(offset, offset + length));
    } catch {
      return offset;
    }
    offset += length;
  }
  return offset;
}

/** Splits and validates one article file; throws ContentError naming file, line and field. */
export function parseArticleSource(text: string, file: string): ArticleSource {
  if (text.trim() === '') throw new ContentError(file, 'the file is empty; expected frontmatter (title, kind, publisher, published) and the story text');
  const lines = text.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    throw new ContentError(file, 'no frontmatter; expected the file to start with a `---` line, then title, kind, publisher and published, then `---`', { line: 1 });
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close < 0) throw new ContentError(file, 'frontmatter is never closed; expected a second `---` line after it', { line: 1 });

  const lineCounter = new LineCounter();
  const yamlText = lines.slice(1, close).join('\n');
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = document.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line + 1;
    throw new ContentError(file, `frontmatter is not valid YAML (${firstError.message.split('\n')[0]})`, { line });
  }
  const fieldLines = new Map<string, number>();
  if (isMap(document.contents)) {
    for (const item of document.contents.items) {
      if (isScalar(item.key) && item.key.range) fieldLines.set(String(item.key.value), lineCounter.linePos(item.key.range[0]).line + 1) // +1 for the opening ---;
    }
  }
  const data: unknown = document.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(file, 'frontmatter must be a list of `field: value` lines', { line: 2 });
  }

  const result = articleFrontmatterSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.map(String).join('.');
    const topField = field.split(/[.,]/)[0] ?? '';
    const value = issue.path.reduce<unknown>((at, key) => (at as Record<PropertyKey, unknown> | undefined)?.[key], data);
    const detail =
      issue.code === 'unrecognized_keys'
        ? `unknown field; expected only ${Object.keys(articleFrontmatterSchema.shape).join(', ')}`
        : `${value === undefined ? 'missing' : `found ${JSON.stringify(value)}`}; ${issue.message.replace(/^Invalid input: /, '')}`;
    throw new ContentError(file, detail, { field, line: fieldLines.get(topField) ?? 1 });
  }
  return {
    text,
    frontmatter: result.data,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
    fieldLines,
  };
}
