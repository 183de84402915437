import readme from '../../README.md?raw';

import type { GraphiQLProps } from 'graphiql';

type TabDefinition = NonNullable<GraphiQLProps['defaultTabs']>[number];

const FENCE = /^```graphql[^\n]*\n([\s\S]*?)^```/gm;

/**
 * The README's ```graphql examples, one playground tab each, read at build time: the same
 * examples `npm run schema:check` validates against the API schema.
 */
export const README_EXAMPLES: TabDefinition[] = [...readme.matchAll(FENCE)].map((match) => ({
  query: (match[1] ?? '').trimEnd(),
}));
