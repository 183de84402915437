import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

import { ErrorCode } from '../errors/errorCodes.js';

/**
 * The scalars check shape only: what a date and time means depends on the venue's time zone,
 * which the resolvers know and the scalar does not. Outputs are made by formatInstant and
 * pass through as strings.
 */
function stringScalar(name: string, description: string, shape: RegExp, example: string) {
  const read = (value: unknown): string => {
    if (typeof value !== 'string' || !shape.test(value)) {
      throw new GraphQLError(`${name} must look like ${example}.`, {
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      });
    }
    return value;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value) => {
      if (typeof value !== 'string') throw new TypeError(`${name} serializes strings only.`);
      return value;
    },
    parseValue: read,
    parseLiteral: (node: ValueNode) => read(node.kind === Kind.STRING ? node.value : undefined),
  });
}

export const scalarResolvers = {
  DateTime: stringScalar(
    'DateTime',
    'An ISO-8601 date and time; see the schema for how offsets are read.',
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/,
    '2027-03-28T10:00:00+02:00',
  ),
  Date: stringScalar('Date', 'A calendar date, YYYY-MM-DD.', /^\d{4}-\d{2}-\d{2}$/, '2027-03-28'),
  LocalTime: stringScalar(
    'LocalTime',
    'A wall-clock time of day, HH:MM.',
    /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/,
    '18:30',
  ),
};
