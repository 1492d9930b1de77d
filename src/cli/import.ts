// `npm run import -- <file.txt|file.html|-> [--slug s] [--out dir] [--force]`: a scraped page → content/articles/<slug>.md.
// Exit 0: written, nothing to check; 2: written, but the report lists what needs attention; 1: nothing written.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { slugify } from '../annotate/ids.ts';
import { ContentError } from '../content/errors.ts';
import { readRegistry } from '../content/registry-file.ts';
import { importPage } from '../import/import-page.ts';
import { decodePage, ImportError } from '../import/input.ts';
import { formatReport } from '../import/report.ts';

const USAGE = 'usage: npm run import -- <file.txt|file.html|-> [--slug <slug>] [--out <dir>] [--force]';
const EXIT = { written: 0, failed: 1, needsAttention: 2 } as const;

interface Arguments {
  input: string | undefined;
  slug: string | undefined;
  out: string;
  force: boolean;
}

class UsageError extends Error {}

function parseArguments(argv: string[]): Arguments {
  const args: Arguments = { input: undefined, slug: undefined, out: 'content/articles', force: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined || (next.startsWith('--') && next !== '-')) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--slug') args.slug = value();
    else if (arg === '--out') args.out = value();
    else if (arg === '--force') args.force = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (args.input !== undefined) throw new UsageError(`one input at a time; found ${args.input} and ${arg}`);
    else args.input = arg;
  }
  return args;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function main(): Promise<number> {
  const args = parseArguments(process.argv.slice(2));
  const fromStdin = args.input === undefined || args.input === '-';
  if (fromStdin && process.stdin.isTTY) throw new UsageError('no input file, and nothing is piped to stdin');
  const name = fromStdin ? '<stdin>' : args.input!;
  if (!fromStdin && !existsSync(name)) throw new ImportError(name, 'no such file');
  if (!fromStdin && !statSync(name).isFile()) throw new ImportError(name, 'not a file; expected a saved .html or .txt page');
  const text = decodePage(fromStdin ? await readStdin() : readFileSync(name), name);

  const { registry } = readRegistry(process.cwd());
  const page = importPage(text, { name, registry });
  const fileStem = fromStdin ? '' : slugify(basename(name).replace(/\.[^.]+$/, ''), { maxLength: 60 });
  const slug = args.slug ?? page.slug ?? fileStem;
  if (!slug) throw new ImportError(name, 'the page states no title to make a file name from; pass --slug <slug>');
  if (slugify(slug, { maxLength: 120 }) !== slug) throw new UsageError(`--slug ${slug}: expected lower-case letters, digits and hyphens, e.g. ${slugify(slug) || 'un-chief-met-with-putin'}`);

  const path = join(args.out, `${slug}.md`);
  if (existsSync(path) && !args.force) throw new ImportError(name, `${path} already exists; pass --force to overwrite it, or --slug to choose another name`);
  for (const line of formatReport(name, page.report)) console.error(line);
  mkdirSync(args.out, { recursive: true });
  writeFileSync(path, page.markdown);
  const attention = page.report.attention.length;
  console.error(attention ? `wrote ${path}: fix the ${attention === 1 ? 'item' : `${attention} items`} above, then run npm run check` : `wrote ${path}; run npm run check`);
  console.log(path);
  return attention ? EXIT.needsAttention : EXIT.written;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UsageError) console.error(`error: ${error.message}\n${USAGE}`);
  else if (error instanceof ImportError || error instanceof ContentError) console.error(`error: ${error.message}`);
  else throw error;
  process.exitCode = EXIT.failed;
}
