import { readStack } from './e2eEnvironment.js';

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLResult<TData> {
  status: number;
  headers: Headers;
  data?: TData | null;
  errors?: GraphQLError[];
  /** The raw body, to assert what must never appear in it. */
  text: string;
}

export interface RequestOptions {
  token?: string;
  /** Extra request headers, e.g. a spoofed X-Auth-User. */
  headers?: Record<string, string>;
  /** `/graphql` (public, default) or `/dashboard/graphql` (token required). */
  route?: '/graphql' | '/dashboard/graphql';
  variables?: Record<string, unknown>;
}

/** Sends one GraphQL operation through the edge, as a browser or CI job would. */
export async function graphql<TData = Record<string, unknown>>(
  query: string,
  options: RequestOptions = {},
): Promise<GraphQLResult<TData>> {
  const { edgeUrl } = readStack();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...options.headers,
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  const response = await fetch(`${edgeUrl}${options.route ?? '/graphql'}`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  const text = await response.text();
  const body = parseJson(text) as { data?: TData | null; errors?: GraphQLError[] } | undefined;
  return { status: response.status, headers: response.headers, text, ...body };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The first error's `extensions.code`, for compact assertions. */
export function firstCode(result: GraphQLResult<unknown>): unknown {
  return result.errors?.[0]?.extensions?.code;
}
