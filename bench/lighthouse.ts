/**
 * Lighthouse, through its Node API, against Debian's Chromium: the bench launches the browser itself with a
 * DevTools port (never downloading one) and hands Lighthouse that port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import lighthouse, { type RunnerResult } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { removeDir, tempDir } from './sites.ts';

export const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseResult {
  url: string;
  formFactor: FormFactor;
  /** 0..100 per category, null when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  /** Audits that weigh in a category and scored below 1: what to fix. */
  failing: { category: Category; id: string; title: string; score: number | null; displayValue?: string; items: string[] }[];
  /** The performance score of every run, in order (the median run's is in `scores`). */
  performanceRuns: (number | null)[];
  /** Lighthouse's own metrics, ms (CLS unitless), for the performance score. */
  metrics: Record<string, number | undefined>;
  /** A Lighthouse warning such as "the page loaded too slowly" or a runtime error, if any. */
  warnings: string[];
}

export interface DebuggableChromium {
  port: number;
  close(): Promise<void>;
}

/** Starts Chromium with a DevTools port chosen by the OS, read from its "DevTools listening on" line. */
export async function launchDebuggableChromium(): Promise<DebuggableChromium> {
  if (!existsSync(CHROME_PATH)) throw new Error(`Chromium not found at ${CHROME_PATH}: run \`apt-get install -y chromium\`; the bench never downloads a browser`);
  const profile = tempDir('chromium-profile');
  const child: ChildProcess = spawn(CHROME_PATH, [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--no-first-run', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools port within 20 s:\n${output}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before opening its DevTools port:\n${output}`));
    });
  });
  return {
    port,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
      removeDir(profile);
    },
  };
}

/** The first few rows of an audit's details table (a console error, an element, a URL), as short text. */
function detailItems(details: unknown): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  return items.slice(0, 5).map((item) => {
    const row = item as Record<string, unknown>;
    const node = row['node'] as { snippet?: string } | undefined;
    const text = [row['description'], row['source'], row['url'], node?.snippet].filter((part) => typeof part === 'string' && part).join(' ');
    return (text || JSON.stringify(item)).slice(0, 200);
  });
}

/**
 * Lighthouse's default mobile settings (Moto G Power emulation, simulated slow 4G and 4x CPU throttling) or its
 * desktop preset, all four categories, `runs` times; the result is the median run as Lighthouse picks it (closest
 * to the median first paint and time to interactive), because one run on a busy machine is noisy.
 */
export async function runLighthouse(url: string, port: number, formFactor: FormFactor, runs = 1): Promise<LighthouseResult> {
  const flags = { port, output: 'json' as const, logLevel: 'error' as const, onlyCategories: [...CATEGORIES] };
  const reports: RunnerResult['lhr'][] = [];
  for (let run = 0; run < runs; run++) {
    const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    reports.push(result.lhr);
  }
  const lhr = computeMedianRun(reports);
  const score = (report: (typeof reports)[number], id: Category) => (report.categories[id]?.score == null ? null : Math.round(report.categories[id]!.score! * 100));
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, score(lhr, id)])) as Record<Category, number | null>;
  const failing: LighthouseResult['failing'] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      failing.push({ category, id: audit.id, title: audit.title, score: audit.score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}), items: detailItems(audit.details) });
    }
  }
  const numeric = (id: string) => lhr.audits[id]?.numericValue;
  const metrics = {
    firstContentfulPaint: numeric('first-contentful-paint'),
    largestContentfulPaint: numeric('largest-contentful-paint'),
    totalBlockingTime: numeric('total-blocking-time'),
    cumulativeLayoutShift: numeric('cumulative-layout-shift'),
    speedIndex: numeric('speed-index'),
  };
  const performanceRuns = reports.map((report) => score(report, 'performance'));
  return { url, formFactor, scores, performanceRuns, failing, metrics, warnings: lhr.runWarnings };
}
