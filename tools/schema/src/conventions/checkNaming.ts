import { type GraphQLSchema, isEnumType } from 'graphql';

import { fieldsOf, publicTypes } from './publicTypes.js';
import type { Violation } from './Violation.js';

const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*$/;
const CAMEL_CASE = /^[a-z][A-Za-z0-9]*$/;
const SCREAMING_SNAKE_CASE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** Types PascalCase, fields and arguments camelCase, enum values SCREAMING_SNAKE_CASE. */
export function checkNaming(schema: GraphQLSchema): Violation[] {
  const violations: Violation[] = [];
  const expect = (coordinate: string, name: string, pattern: RegExp, style: string) => {
    if (pattern.test(name)) return;
    violations.push({
      rule: 'naming',
      coordinate,
      message: `${coordinate} is not ${style}: rename it (GraphQL naming conventions).`,
    });
  };

  for (const type of publicTypes(schema)) {
    expect(type.name, type.name, PASCAL_CASE, 'PascalCase (type names)');
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        const coordinate = `${type.name}.${value.name}`;
        expect(coordinate, value.name, SCREAMING_SNAKE_CASE, 'SCREAMING_SNAKE_CASE (enum values)');
      }
    }
    for (const field of fieldsOf(type)) {
      const coordinate = `${type.name}.${field.name}`;
      expect(coordinate, field.name, CAMEL_CASE, 'camelCase (field names)');
      for (const arg of field.args) {
        expect(`${coordinate}(${arg.name}:)`, arg.name, CAMEL_CASE, 'camelCase (arguments)');
      }
    }
  }
  return violations;
}
