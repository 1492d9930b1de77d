import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Why the search index could not be built, with Pagefind's own messages as the cause. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

const failIf = (errors: string[], step: string) => {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind could not ${step}: ${errors.join('; ')}`);
};

/**
 * Indexes the built site for search with Pagefind: every page marked `data-pagefind-body` (the articles),
 * one record each, with speakers and article as filters and who-said-what as meta (see src/search/hits.ts).
 * Writes `<siteDir>/pagefind/`. The Pagefind service is always closed, even when indexing fails.
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    failIf(errors, 'start');
    if (!index) throw new SearchIndexError('Pagefind could not start: it returned no index');
    const added = await index.addDirectory({ path: siteDir });
    failIf(added.errors, `index the pages in ${siteDir}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    failIf(written.errors, 'write the index');
    return { pages: added.page_count };
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    throw new SearchIndexError(`Building the search index failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}
