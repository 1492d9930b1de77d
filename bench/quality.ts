/**
 * Measure 4: what Lighthouse and axe-core say about the built real site, served gzipped as a static host would
 * serve it. Lighthouse scores a transcript, an article and the search page (one page with --quick); axe checks
 * those and the other page kinds (tests/helpers/audit-pages.ts) at desktop and phone width (phone only with --quick).
 */
import { join } from 'node:path';
import { auditPages, type AuditPage } from '../tests/helpers/audit-pages.ts';
import { axeViolations, waitForAuditState, type AxeViolation } from '../tests/helpers/axe.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { CATEGORIES, launchDebuggableChromium, runLighthouse, type FormFactor, type LighthouseResult } from './lighthouse.ts';
import { progress } from './stats.ts';
import type { Row } from './table.ts';

export const QUALITY_BUDGET = { lighthouseScore: 100, axeViolations: 0 };

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 740 },
} as const;

export interface QualityOptions {
  /** Lighthouse on the first page only (the transcript) instead of all three. */
  onePage: boolean;
  /** Runs per page and form factor; the median run counts. */
  runs: number;
  formFactors: FormFactor[];
  /** Widths axe checks at (`npm test` checks both). */
  viewports: (keyof typeof VIEWPORTS)[];
}

export interface AxeCheck {
  page: string;
  path: string;
  viewport: keyof typeof VIEWPORTS;
  violations: AxeViolation[];
  error?: string;
}

export interface QualityResult {
  lighthouse: (LighthouseResult & { page: string; runs: number })[];
  lighthouseError?: string;
  axe: AxeCheck[];
  seconds: { lighthouse: number; axe: number };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

async function lighthouseScores(baseUrl: string, pages: AuditPage[], options: QualityOptions): Promise<QualityResult['lighthouse']> {
  const chrome = await launchDebuggableChromium();
  const results: QualityResult['lighthouse'] = [];
  try {
    for (const formFactor of options.formFactors) {
      for (const page of pages) {
        progress(`lighthouse (${formFactor}, ${options.runs} run${options.runs === 1 ? '' : 's'}): ${page.name}`);
        results.push({ page: page.name, runs: options.runs, ...(await runLighthouse(`${baseUrl}${page.path}`, chrome.port, formFactor, options.runs)) });
      }
    }
  } finally {
    await chrome.close();
  }
  return results;
}

async function axeChecks(baseUrl: string, pages: AuditPage[], viewports: QualityOptions['viewports']): Promise<AxeCheck[]> {
  const browser = await launchBrowser();
  const checks: AxeCheck[] = [];
  try {
    for (const viewport of viewports) {
      const size = VIEWPORTS[viewport];
      progress(`axe (${viewport}): ${pages.length} pages`);
      for (const audit of pages) {
        const context = await browser.newContext({ viewport: size });
        try {
          const page = await context.newPage();
          await page.goto(`${baseUrl}${audit.path}`, { waitUntil: 'load' });
          await waitForAuditState(page, audit);
          checks.push({ page: audit.name, path: audit.path, viewport, violations: await axeViolations(page) });
        } catch (error) {
          checks.push({ page: audit.name, path: audit.path, viewport, violations: [], error: message(error) });
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  return checks;
}

/** Audits `<siteDir>/dist`. */
export async function measureQuality(siteDir: string, options: QualityOptions): Promise<QualityResult> {
  const dist = join(siteDir, 'dist');
  const pages = auditPages(dist);
  const scored = pages.filter((page) => page.lighthouse).slice(0, options.onePage ? 1 : undefined);
  const server = await serveStatic(dist, { gzip: true });
  try {
    let started = performance.now();
    let lighthouse: QualityResult['lighthouse'] = [];
    let lighthouseError: string | undefined;
    try {
      lighthouse = await lighthouseScores(server.url, scored, options);
    } catch (error) {
      lighthouseError = message(error);
      progress(`lighthouse failed: ${lighthouseError}`);
    }
    const lighthouseSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const axe = await axeChecks(server.url, pages, options.viewports);
    return { lighthouse, ...(lighthouseError ? { lighthouseError } : {}), axe, seconds: { lighthouse: lighthouseSeconds, axe: (performance.now() - started) / 1000 } };
  } finally {
    await server.close();
  }
}

const SHORT: Record<(typeof CATEGORIES)[number], string> = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best practices', seo: 'SEO' };

export function qualityRows(result: QualityResult | Error): Row[] {
  if (result instanceof Error) return [{ measure: 'Lighthouse and axe', value: message(result), baseline: '', ratio: '', budget: '', verdict: 'error' }];
  const rows: Row[] = [];
  if (result.lighthouseError) rows.push({ measure: 'Lighthouse', value: result.lighthouseError, baseline: '', ratio: '', budget: '', verdict: 'error' });
  for (const lh of result.lighthouse) {
    const scores = CATEGORIES.map((category) => `${SHORT[category]} ${lh.scores[category] ?? '?'}`).join(', ');
    const ok = CATEGORIES.every((category) => (lh.scores[category] ?? 0) >= QUALITY_BUDGET.lighthouseScore);
    rows.push({
      measure: `Lighthouse ${lh.formFactor}, ${lh.page}`,
      value: scores,
      baseline: lh.runs > 1 ? `median of ${lh.runs} runs (perf ${lh.performanceRuns.join(', ')})` : '1 run',
      ratio: '',
      budget: `${QUALITY_BUDGET.lighthouseScore} each`,
      verdict: ok ? 'ok' : 'over',
    });
  }
  for (const viewport of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
    const checks = result.axe.filter((check) => check.viewport === viewport);
    if (checks.length === 0) continue;
    const failed = checks.filter((check) => check.error);
    const violations = checks.flatMap((check) => check.violations);
    const rules = [...new Set(violations.map((v) => v.rule))];
    rows.push({
      measure: `axe-core violations, ${checks.length} pages, ${viewport} (${VIEWPORTS[viewport].width} px)`,
      value: failed.length > 0 ? `${failed.length} pages not checked: ${failed[0]!.error}` : `${violations.length}${rules.length ? ` (${rules.join(', ')})` : ''}`,
      baseline: '',
      ratio: '',
      budget: String(QUALITY_BUDGET.axeViolations),
      verdict: failed.length > 0 ? 'error' : violations.length <= QUALITY_BUDGET.axeViolations ? 'ok' : 'over',
    });
  }
  return rows;
}

/** Lines for RESULTS.md: the median run's metrics and every audit or rule that fell short. */
export function qualityNotes(result: QualityResult | Error): string[] {
  if (result instanceof Error) return [`- Lighthouse and axe failed: ${message(result)}`];
  const ms = (value: number | undefined) => (value === undefined ? '?' : `${Math.round(value)} ms`);
  const notes = result.lighthouse.map((lh) => {
    const m = lh.metrics;
    const short = lh.failing.map((f) => `${f.id} ${f.score}${f.displayValue ? ` (${f.displayValue})` : ''}${f.items.length ? `: ${f.items.join('; ')}` : ''}`);
    return (
      `- Lighthouse ${lh.formFactor}, ${lh.page} (\`${new URL(lh.url).pathname}\`): FCP ${ms(m.firstContentfulPaint)}, LCP ${ms(m.largestContentfulPaint)}, TBT ${ms(m.totalBlockingTime)}, ` +
      `CLS ${m.cumulativeLayoutShift?.toFixed(3) ?? '?'}, Speed Index ${ms(m.speedIndex)}` +
      `${short.length ? `; below 1: ${short.join('; ')}` : '; every weighted audit at 1'}${lh.warnings.length ? `; warnings: ${lh.warnings.join(' ')}` : ''}.`
    );
  });
  const pages = [...new Set(result.axe.map((check) => `${check.page} \`${check.path}\``))];
  notes.push(`- axe-core pages (${result.seconds.axe.toFixed(0)} s; Lighthouse ${result.seconds.lighthouse.toFixed(0)} s): ${pages.join(', ')}.`);
  for (const check of result.axe) {
    for (const v of check.violations) notes.push(`- axe ${check.viewport}, ${check.page}: ${v.rule} (${v.impact}, ${v.count}): ${v.help}; ${v.nodes.join(' | ')}`);
    if (check.error) notes.push(`- axe ${check.viewport}, ${check.page}: not checked: ${check.error}`);
  }
  return notes;
}
