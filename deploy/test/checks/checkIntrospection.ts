import type { DeploymentSpec, K8sObject } from '../support/k8sObjects.js';
import { named, ofKind } from '../support/k8sObjects.js';

/**
 * The playground is off on Kubernetes, and so is what only it needs: the gateway's
 * GRAPHQL_INTROSPECTION must come out false, read from the rendered ConfigMap it names (the
 * generator's hashed name included) or set literally.
 */
export function checkIntrospection(objects: K8sObject[]): string[] {
  const gateway = named<DeploymentSpec>(objects, 'Deployment', 'gateway').spec.template.spec;
  const variable = gateway.containers[0]?.env?.find((v) => v.name === 'GRAPHQL_INTROSPECTION');
  const ref = variable?.valueFrom?.configMapKeyRef;
  const configMap = ref
    ? ofKind<unknown>(objects, 'ConfigMap').find((c) => c.metadata.name === ref.name)
    : undefined;
  const data = (configMap as { data?: Record<string, string> } | undefined)?.data;
  const value = ref ? data?.[ref.key] : variable?.value;
  if (value === 'false') return [];
  return [
    `Deployment gateway: GRAPHQL_INTROSPECTION must be false (it is ${value ?? 'unset'}): ` +
      'the playground is off on Kubernetes and production keeps the schema private.',
  ];
}
