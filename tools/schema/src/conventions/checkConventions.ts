import type { GraphQLSchema } from 'graphql';

import { checkConnections } from './checkConnections.js';
import { checkDescriptions } from './checkDescriptions.js';
import { checkMutationResults } from './checkMutationResults.js';
import { checkNaming } from './checkNaming.js';
import { locateInSubgraphs, type SubgraphSchemaFile } from './locateInSubgraphs.js';
import type { AllowListEntry } from './readAllowList.js';

/**
 * The conventions, checked on the API schema (what clients see) and reported against the
 * subgraph file that defines each offender. Findings on the reviewed allow-list pass; an
 * allow-list entry that no longer matches anything fails, so the list only ever shrinks.
 */
export function checkConventions(
  api: GraphQLSchema,
  subgraphs: SubgraphSchemaFile[],
  allowList: AllowListEntry[],
  allowListFile: string,
): string[] {
  const findings = [
    ...checkNaming(api),
    ...checkDescriptions(api),
    ...checkConnections(api),
    ...checkMutationResults(api),
  ];
  const locate = locateInSubgraphs(subgraphs);
  const allowed = new Set(
    allowList.flatMap(({ rule, coordinates }) => coordinates.map((c) => `${rule} ${c}`)),
  );
  const found = new Set(findings.map(({ rule, coordinate }) => `${rule} ${coordinate}`));

  const failures = findings
    .filter(({ rule, coordinate }) => !allowed.has(`${rule} ${coordinate}`))
    .map(({ coordinate, message }) => `${locate(coordinate)}: ${message}`);
  for (const key of allowed) {
    if (found.has(key)) continue;
    failures.push(
      `${allowListFile} allows "${key}", which no longer occurs: remove it from the list.`,
    );
  }
  return [...new Set(failures)];
}
