/**
 * axe-core in a Playwright page: every rule axe runs by default (WCAG 2.x A and AA and its best practices) plus
 * WCAG 2.2's target size, which stands in for Lighthouse's old tap-target audit on phones.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { AuditPage } from './audit-pages.ts';

export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  /** The first few offending elements, as CSS selectors with axe's reason. */
  nodes: string[];
  count: number;
}

/** Waits until what the page is audited for is on screen (search results, marked words). */
export async function waitForAuditState(page: Page, audit: AuditPage): Promise<void> {
  if (audit.waitFor === 'search-results') await page.locator('#search-results > li').first().waitFor({ timeout: 15_000 });
  if (audit.waitFor === 'search-marks') await page.locator('mark.search-hit').first().waitFor({ timeout: 15_000 });
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    nodes: violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`),
    count: violation.nodes.length,
  }));
}

/** One line per violation, for a test failure or a report. */
export const describeViolation = (v: AxeViolation) => `${v.rule} (${v.impact}, ${v.count} element${v.count === 1 ? '' : 's'}): ${v.help}; ${v.nodes.join(' | ')}`;
