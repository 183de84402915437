import { existsSync, readFileSync } from 'node:fs';

/** A breaking change declared by a reviewed line `- \`CHANGE_TYPE Path\`: reason`. */
export interface Declaration {
  key: string;
  reason: string;
}

export const UNRELEASED_HEADING = '## Unreleased';
const DECLARATION = /^- `([A-Z][A-Z_]+ [^`]+)`: (.+)$/;
export const EMPTY_UNRELEASED =
  'No breaking change since the last release. Declare each one here before it merges.';

/**
 * The breaking changes declared under `## Unreleased` in schema/CHANGELOG.md. Only that
 * section counts: declarations of earlier releases never excuse a new change.
 */
export function readDeclarations(path: string): Declaration[] {
  if (!existsSync(path)) return [];
  return unreleasedLines(readFileSync(path, 'utf8')).flatMap((line) => {
    const match = DECLARATION.exec(line);
    return match?.[1] && match[2] ? [{ key: match[1], reason: match[2].trim() }] : [];
  });
}

function unreleasedLines(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(UNRELEASED_HEADING);
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/**
 * The changelog after a release: the Unreleased section is emptied and its declarations,
 * with every other change of the release, move to a section for the release date.
 */
export function releaseChangelog(text: string, date: string, changes: string[]): string {
  const lines = text.split('\n');
  const start = lines.indexOf(UNRELEASED_HEADING);
  if (start < 0) {
    throw new Error(`schema/CHANGELOG.md has no "${UNRELEASED_HEADING}" heading: add it back.`);
  }
  const found = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  const end = found < 0 ? lines.length : found;
  const released = [
    `## Released ${date}`,
    '',
    ...(changes.length > 0 ? changes.map((change) => `- ${change}`) : ['- No change.']),
    '',
  ];
  return [...lines.slice(0, start + 1), '', EMPTY_UNRELEASED, '', ...released, ...lines.slice(end)]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n*$/, '\n');
}
