import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

import type { Declaration } from './changelog.js';

export interface Comparison {
  /** Breaking changes no declaration covers: each one fails the check. */
  undeclared: string[];
  /** Dangerous changes (e.g. an enum value added): reported, not failed. */
  warnings: string[];
  /** Every change, as the changelog of a release lists it. */
  all: string[];
}

/** `FIELD_REMOVED Court.surface`: how a change is named in the changelog. */
export function changeKey(change: Change): string {
  return `${change.type} ${change.path ?? ''}`.trim();
}

/**
 * Diffs two API schemas with @graphql-inspector/core and sorts the changes by what they do
 * to existing clients.
 */
export async function compareSchemas(
  baseSdl: string,
  currentSdl: string,
  declarations: Declaration[],
  baseName: string,
): Promise<Comparison> {
  const changes = await diff(buildSchema(baseSdl), buildSchema(currentSdl));
  const declared = new Map(declarations.map(({ key, reason }) => [key, reason]));

  const undeclared = changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .filter((change) => !declared.has(changeKey(change)))
    .map(
      (change) =>
        `Breaking change for clients since ${baseName}: ${change.message} ` +
        `[${changeKey(change)}]. Keep the old shape (deprecate with @deprecated(reason:) ` +
        'and remove it in a later release), or, when clients have been told, declare it in ' +
        `schema/CHANGELOG.md under "## Unreleased" as: - \`${changeKey(change)}\`: <why, and ` +
        'what clients do instead>.',
    );
  const warnings = changes
    .filter((change) => change.criticality.level === CriticalityLevel.Dangerous)
    .map((change) => `Dangerous change (clients may need to handle it): ${change.message}`);
  const all = changes.map((change) => {
    const reason = declared.get(changeKey(change));
    const level = change.criticality.level === CriticalityLevel.Breaking ? 'Breaking: ' : '';
    return `${level}${change.message}${reason ? ` ${reason}` : ''}`;
  });
  return { undeclared, warnings, all };
}
