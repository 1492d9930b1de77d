import remarkAnnotate from './annotate/remark.ts';

/**
 * The markdown pipeline shared by the site, `npm run check` and the tests.
 * SmartyPants is off because it rewrites the publisher's quote marks and dashes: text stays verbatim.
 */
export const markdownOptions = {
  gfm: true,
  smartypants: false,
  remarkPlugins: [remarkAnnotate],
} as const;
