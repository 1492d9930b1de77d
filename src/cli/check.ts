// `npm run check`: validates content/ and prints the annotator's warnings. Exit 1 on errors (or warnings with --strict).
import { plural } from '../lib/format.ts';
import { checkContent } from './check-content.ts';

const strict = process.argv.includes('--strict');
const report = await checkContent(process.cwd());
for (const error of report.errors) console.error(`error: ${error}`);
for (const warning of report.warnings) console.warn(warning);
console.log(`checked ${plural(report.articles, 'article')}: ${plural(report.errors.length, 'error')}, ${plural(report.warnings.length, 'warning')}${strict ? ' (strict)' : ''}`);
process.exitCode = report.errors.length > 0 || (strict && report.warnings.length > 0) ? 1 : 0;
