/**
 * axe-core finds no accessibility violation on the pages readers use, at desktop and phone width: the index, the
 * largest transcript and article, the search page empty and with results, an arrival from a search result with its
 * words marked, the quotes and names indexes and the entity named most. Pages come from the built data files.
 * (Lighthouse scores the same pages in `npm run bench`; it is too slow for every test run.)
 */
import { describe, expect, test } from 'vitest';
import { auditPages } from '../helpers/audit-pages.ts';
import { axeViolations, describeViolation, waitForAuditState } from '../helpers/axe.ts';
import { E2E_DIST } from './global-setup.ts';
import { DESKTOP, PHONE, sitePages } from './site.ts';

const { withPage } = sitePages();
const pages = auditPages(E2E_DIST);

describe('axe-core: no violations', () => {
  test('the audited set covers every kind of page', () => {
    const names = pages.map((page) => page.name);
    for (const kind of ['index', 'transcript', 'article', 'search', 'search results', 'search arrival', 'quotes', 'entities', 'entity']) {
      expect(names.some((name) => name === kind || name.startsWith(`${kind} `)), `a "${kind}" page in ${names.join(', ')}`).toBe(true);
    }
  });

  const cases = pages.flatMap((page) => [
    [page.name, 'desktop', page, DESKTOP] as const,
    [page.name, 'phone', page, PHONE] as const,
  ]);
  test.each(cases)('%s, %s', async (_name, _viewportName, audit, viewport) => {
    const violations = await withPage(audit.path, { viewport }, async (page) => {
      await waitForAuditState(page, audit);
      return axeViolations(page);
    });
    expect(violations.map(describeViolation), `axe violations on ${audit.path}`).toEqual([]);
  });
});
