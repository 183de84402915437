import { describeErrors, post } from './api.js';

/** Who the playground's requests run as. */
export interface Session {
  token: string;
  username: string;
  roles: string[];
  permissions: string[];
}

const LOGIN = `
  mutation PlaygroundLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) { accessToken }
  }
`;

const ME = `
  query PlaygroundMe { me { username roles permissions } }
`;

/** Logs in through `login`, then asks `me` what the token may do. Throws the API's message. */
export async function logIn(username: string, password: string): Promise<Session> {
  const login = await post<{ login: { accessToken: string } }>(
    { query: LOGIN, variables: { username, password } },
    undefined,
  );
  const token = login.data?.login.accessToken;
  if (!token) throw new Error(describeErrors(login) ?? 'The login answered no token.');

  const me = await post<{ me: Omit<Session, 'token'> | null }>({ query: ME }, token);
  if (!me.data?.me) throw new Error(describeErrors(me) ?? 'The token was not accepted.');
  return { token, ...me.data.me };
}
