/**
 * Preloaded with `node --import` into a build when /usr/bin/time is missing: writes the process's
 * peak resident set size (kB, from process.resourceUsage) to $BENCH_RSS_FILE on exit.
 */
import { writeFileSync } from 'node:fs';

const file = process.env['BENCH_RSS_FILE'];
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
