import { getDirectiveValues, isObjectType } from 'graphql';

import { buildCourtsSchema } from '../../src/graphql/buildCourtsSchema.js';

/**
 * The client-facing API schema does not carry @requiresPermission (only the supergraph
 * does), so a client learns what a field needs from its description: keep the two in step.
 */
it('describes the permission of every guarded field', () => {
  const schema = buildCourtsSchema();
  const directive = schema.getDirective('requiresPermission');
  if (!directive) throw new Error('@requiresPermission is not defined');

  let guarded = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.astNode) continue;
      const values = getDirectiveValues(directive, field.astNode);
      if (!values) continue;

      guarded += 1;
      expect(`${type.name}.${field.name}: ${field.description ?? ''}`).toContain(
        `Needs the ${String(values.permission)} permission.`,
      );
    }
  }
  // The count proves the loop saw the guards at all; raise it with each guarded field.
  expect(guarded).toBe(15);
});
