import { spawnSync } from 'node:child_process';

import { parseAllDocuments } from 'yaml';

import type { K8sObject } from './k8sObjects.js';

/**
 * `kubectl kustomize <dir>`, parsed: the objects an operator's `kubectl apply -k` would send.
 * kubectl works offline for this; without it the error says how to get it.
 */
export function renderOverlay(directory: string): K8sObject[] {
  const result = spawnSync('kubectl', ['kustomize', directory], { encoding: 'utf8' });
  if (result.error) {
    throw new Error(
      `kubectl could not run (${result.error.message}): install kubectl 1.27 or newer, ` +
        'which includes kustomize, to render k8s/.',
    );
  }
  if (result.status !== 0) {
    throw new Error(`kubectl kustomize ${directory} failed:\n${result.stderr}`);
  }
  return parseAllDocuments(result.stdout).map((document) => {
    const [error] = document.errors;
    if (error) throw new Error(`kubectl kustomize ${directory} printed bad YAML: ${error.message}`);
    return document.toJS() as K8sObject;
  });
}
