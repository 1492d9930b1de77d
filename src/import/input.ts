import { ContentError } from '../content/errors.ts';
import { decodeUtf8 } from '../content/source.ts';

/** A problem with the input that stops the import: names the input, the line when there is one, and what was expected. */
export class ImportError extends Error {
  constructor(input: string, detail: string, line?: number) {
    super(`${line === undefined ? input : `${input}:${line}`}: ${detail}`);
    this.name = 'ImportError';
  }
}

export type PageFormat = 'html' | 'text';

/** Reads input bytes as UTF-8 text, refusing empty, binary or non-UTF-8 input. `name` is the file name for messages. */
export function decodePage(bytes: Uint8Array, name: string): string {
  const empty = () => new ImportError(name, 'the input is empty; expected the text or HTML of a scraped page');
  if (bytes.length === 0) throw empty();
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = bytes.subarray(0, nul).filter((byte) => byte === 0x0a).length + 1;
    throw new ImportError(name, `binary data (a NUL byte at offset ${nul}); expected the text or HTML of a page`, line);
  }
  let text: string;
  try {
    text = decodeUtf8(bytes, name);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    // decodeUtf8 already says where the first bad byte is and what to do.
    throw new ImportError(name, error.message.slice(`${name}:${error.line}: `.length), error.line);
  }
  if (/^[\s\u00a0\u200b]*$/u.test(text)) throw empty();
  return text;
}

/** HTML when the file name says so or the text opens like a document; text otherwise. */
export function detectFormat(text: string, name: string): PageFormat {
  if (/\.x?html?$/i.test(name)) return 'html';
  if (/\.(?:txt|text|md)$/i.test(name)) return 'text';
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i.test(text) ? 'html' : 'text';
}
