import { readFileSync } from 'node:fs';

import type { OperationSource } from './OperationSource.js';

const FENCE = /^```graphql[^\n]*\n([\s\S]*?)^```/gm;

/** The ```graphql code blocks of a Markdown file: examples clients copy, so they must work. */
export function markdownOperations(path: string, label: string): OperationSource[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(FENCE)].map((match) => ({
    location: `${label}:${text.slice(0, match.index).split('\n').length}`,
    document: match[1] ?? '',
    target: 'api',
  }));
}
