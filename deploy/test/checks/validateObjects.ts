import * as traefik from '@kubernetes-models/traefik/traefik.io/v1alpha1';
import * as apps from 'kubernetes-models/apps/v1';
import * as autoscaling from 'kubernetes-models/autoscaling/v2';
import * as networking from 'kubernetes-models/networking.k8s.io/v1';
import * as policy from 'kubernetes-models/policy/v1';
import * as core from 'kubernetes-models/v1';

import type { K8sObject } from '../support/k8sObjects.js';

type Model = new (data: object) => { validate(): void };

/** The schema modules by apiVersion; an object of any other apiVersion is reported. */
const MODULES: Record<string, Record<string, unknown>> = {
  v1: core,
  'apps/v1': apps,
  'autoscaling/v2': autoscaling,
  'networking.k8s.io/v1': networking,
  'policy/v1': policy,
  'traefik.io/v1alpha1': traefik,
};

/**
 * Each object checked against the OpenAPI schema of its kind (kubernetes-models for
 * Kubernetes 1.3x, @kubernetes-models/traefik for the Traefik CRDs): wrong types, missing
 * required fields and bad enum values are reported, one sentence per object.
 */
export function validateObjects(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  for (const object of objects) {
    const where = `${object.kind} ${object.metadata.name} (${object.apiVersion})`;
    const model = MODULES[object.apiVersion]?.[object.kind] as Model | undefined;
    if (!model) {
      problems.push(`${where}: no schema known for this apiVersion and kind.`);
      continue;
    }
    try {
      new model(object).validate();
    } catch (error) {
      problems.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}
