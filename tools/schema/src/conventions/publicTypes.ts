import {
  type GraphQLArgument,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
} from 'graphql';

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

/** The types a client sees, without introspection types and built-in scalars. */
export function publicTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap()).filter(
    (type) => !isIntrospectionType(type) && !BUILT_IN_SCALARS.has(type.name),
  );
}

/** A field of an object, interface or input type, with the arguments an output field takes. */
export interface AnyField {
  name: string;
  description: string | null | undefined;
  args: readonly GraphQLArgument[];
}

/** The fields of an object, interface or input object type; none for other types. */
export function fieldsOf(type: GraphQLNamedType): AnyField[] {
  if (isObjectType(type) || isInterfaceType(type)) return Object.values(type.getFields());
  if (isInputObjectType(type)) {
    return Object.values(type.getFields()).map(({ name, description }) => ({
      name,
      description,
      args: [],
    }));
  }
  return [];
}
