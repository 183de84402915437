/** The API the playground talks to: the same origin's public endpoint, through the edge. */
export const ENDPOINT = '/graphql';

export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends one operation, with the bearer token when there is one. */
export async function post<TData>(
  body: { query: string; variables?: unknown; operationName?: string | null },
  token: string | undefined,
): Promise<GraphQLResponse<TData>> {
  const headers: Record<string, string> = {
    // application/json also satisfies the gateway's CSRF prevention.
    'content-type': 'application/json',
    accept: 'application/json',
  };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLResponse<TData>;
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}` }] };
  }
}

/**
 * The first error's message for the login box: the server writes it as a sentence for people
 * ("Invalid username or password."), so its code is left out.
 */
export function describeErrors(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.message;
}
