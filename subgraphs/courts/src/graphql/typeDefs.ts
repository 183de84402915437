import { readFileSync } from 'node:fs';

import { parse } from 'graphql';

/**
 * The schema lives in the package's `schema.graphql` (two levels up from both `src/graphql`
 * and `dist/graphql`) so that rover.yaml composes exactly what this service serves.
 */
const SCHEMA_FILE = new URL('../../schema.graphql', import.meta.url);

export const typeDefs = parse(readFileSync(SCHEMA_FILE, 'utf8'));
