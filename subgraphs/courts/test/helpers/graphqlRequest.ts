export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: TData | null; errors?: GraphQLErrorBody[] };
}

/** Fails the test if a response leaks a stack trace or an internal detail. */
export function expectNoLeak(text: string): void {
  expect(text).not.toMatch(/stacktrace/i);
  expect(text).not.toMatch(/\n\s+at /);
  expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/);
  expect(text).not.toMatch(/node_modules|MikroORM|knex|duplicate key|violates|relation "/i);
}

/** POSTs a GraphQL operation and checks, on every call, that nothing leaks. */
export async function graphqlRequest<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  expectNoLeak(text);
  return {
    status: response.status,
    headers: response.headers,
    body: JSON.parse(text) as GraphQLResponse<TData>['body'],
  };
}

/** The single error of a response, which must exist. */
export function onlyError(response: GraphQLResponse<unknown>): GraphQLErrorBody {
  expect(response.body.errors).toHaveLength(1);
  return response.body.errors![0]!;
}
