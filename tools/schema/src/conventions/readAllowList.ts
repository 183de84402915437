import { existsSync, readFileSync } from 'node:fs';

import { parse } from 'yaml';

import { RULES, type Rule } from './Violation.js';

/** A reviewed exception: these coordinates may break this rule, for this reason. */
export interface AllowListEntry {
  rule: Rule;
  coordinates: string[];
  reason: string;
}

/**
 * Reads schema/conventions-allowlist.yaml: a list of `{ rule, coordinates, reason }`. A
 * missing file is an empty list; an entry without a reason is refused, because the reason is
 * what a reviewer approves.
 */
export function readAllowList(path: string): AllowListEntry[] {
  if (!existsSync(path)) return [];
  const document = parse(readFileSync(path, 'utf8')) as unknown;
  if (document === null || document === undefined) return [];
  if (!Array.isArray(document)) {
    throw new Error(`${path} must be a list of { rule, coordinates, reason } entries.`);
  }
  return document.map((raw: unknown, index) => {
    const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const where = `${path}, entry ${index + 1}`;
    if (typeof entry.rule !== 'string' || !(RULES as readonly string[]).includes(entry.rule)) {
      throw new Error(`${where}: rule must be one of ${RULES.join(', ')}.`);
    }
    const coordinates = entry.coordinates;
    if (!Array.isArray(coordinates) || !coordinates.every((c) => typeof c === 'string')) {
      throw new Error(`${where}: coordinates must be a list such as [Mutation.deleteCourt].`);
    }
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 10) {
      throw new Error(`${where}: give the reason this exception was accepted (reason:).`);
    }
    return { rule: entry.rule as Rule, coordinates, reason: entry.reason };
  });
}
