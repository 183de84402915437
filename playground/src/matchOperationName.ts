import { Kind, parse } from 'graphql';

interface Request {
  query: string;
  variables?: unknown;
  operationName?: string | null;
}

/**
 * GraphiQL 4 can keep the operation name of the tab it showed first after another tab is
 * selected, and the server then refuses the request ("Unknown operation named"). The name
 * is only needed to pick one of several operations, so one the document lacks is dropped.
 */
export function matchOperationName<T extends Request>(request: T): T {
  if (!request.operationName) return request;
  try {
    const named = parse(request.query).definitions.some(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION &&
        definition.name?.value === request.operationName,
    );
    return named ? request : { ...request, operationName: null };
  } catch {
    // A document that does not parse: let the server explain what is wrong with it.
    return request;
  }
}
