import { defineCollection } from 'astro:content';
import { articlesLoader } from './content/loader.ts';
import { articleFrontmatterSchema } from './content/schema.ts';

/** One article or transcript per `content/articles/<slug>.md`. */
const articles = defineCollection({
  loader: articlesLoader(),
  schema: articleFrontmatterSchema,
});

export const collections = { articles };
