import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { REPO_ROOT } from './repository.js';

export interface MutatedCopy {
  k8sDir: string;
  caddyfile: string;
  webCaddyfile: string;
  /** Replaces `from` (which must occur) by `to` in a file of the copy, relative to its root. */
  edit(file: string, from: string, to: string): void;
  remove(): void;
}

/** k8s/, edge/ and web/Caddyfile copied to a temporary folder, to be broken on purpose. */
export function mutatedCopy(): MutatedCopy {
  const root = mkdtempSync(join(tmpdir(), 'courtgraph-deploy-'));
  cpSync(join(REPO_ROOT, 'k8s'), join(root, 'k8s'), { recursive: true });
  cpSync(join(REPO_ROOT, 'edge'), join(root, 'edge'), { recursive: true });
  mkdirSync(join(root, 'web'));
  cpSync(join(REPO_ROOT, 'web', 'Caddyfile'), join(root, 'web', 'Caddyfile'));
  return {
    k8sDir: join(root, 'k8s'),
    caddyfile: join(root, 'edge', 'Caddyfile'),
    webCaddyfile: join(root, 'web', 'Caddyfile'),
    edit(file, from, to) {
      const path = join(root, file);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(from)) throw new Error(`${file} no longer contains ${from}`);
      writeFileSync(path, text.replace(from, to));
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
