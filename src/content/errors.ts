/** A problem in a content file that stops the build: says where, which field, what was found and what was expected. */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string | undefined;

  constructor(file: string, detail: string, { line, field }: { line?: number | undefined; field?: string | undefined } = {}) {
    const where = line === undefined ? file : `${file}:${line}`;
    super(`${where}: ${field ? `${field}: ` : ''}${detail}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.field = field;
  }
}

/** Several content errors reported together, so one build shows every broken file. */
export class ContentErrors extends Error {
  readonly problems: ContentError[];

  constructor(errors: ContentError[]) {
    super(`${errors.length} content error${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `  ${e.message}`).join('\n')}`);
    this.name = 'ContentErrors';
    this.problems = errors;
  }
}
