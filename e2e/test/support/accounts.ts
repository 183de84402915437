import { randomUUID } from 'node:crypto';

import { graphql } from './graphqlClient.js';

export interface Session {
  token: string;
  userId: string;
  username: string;
}

const LOGIN = `
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) { accessToken user { id username } }
  }
`;

const REGISTER = `
  mutation Register($input: RegisterInput!) {
    register(input: $input) { accessToken user { id username } }
  }
`;

interface AuthData {
  accessToken: string;
  user: { id: string; username: string };
}

export async function login(username: string, password: string): Promise<Session> {
  const result = await graphql<{ login: AuthData }>(LOGIN, { variables: { username, password } });
  if (!result.data?.login) throw new Error(`login ${username} failed: ${result.text}`);
  const { accessToken, user } = result.data.login;
  return { token: accessToken, userId: user.id, username: user.username };
}

/** Registers a fresh member with a unique name; members hold no court permissions. */
export async function registerMember(prefix = 'member'): Promise<Session> {
  const username = `${prefix}_${randomUUID().slice(0, 8)}`;
  const result = await graphql<{ register: AuthData }>(REGISTER, {
    variables: {
      input: {
        username,
        email: `${username}@example.com`,
        password: 'correct horse battery staple',
        displayName: `Test ${username}`,
      },
    },
  });
  if (!result.data?.register) throw new Error(`register ${username} failed: ${result.text}`);
  const { accessToken, user } = result.data.register;
  return { token: accessToken, userId: user.id, username: user.username };
}

const ASSIGN_ROLE = `
  mutation Assign($userId: ID!, $role: String!) { assignRole(userId: $userId, role: $role) { id } }
`;
const REVOKE_ROLE = `
  mutation Revoke($userId: ID!, $role: String!) { revokeRole(userId: $userId, role: $role) { id } }
`;

export async function assignRole(admin: Session, userId: string, role: string): Promise<void> {
  const result = await graphql(ASSIGN_ROLE, { token: admin.token, variables: { userId, role } });
  if (result.errors) throw new Error(`assignRole failed: ${result.text}`);
}

export async function revokeRole(admin: Session, userId: string, role: string): Promise<void> {
  const result = await graphql(REVOKE_ROLE, { token: admin.token, variables: { userId, role } });
  if (result.errors) throw new Error(`revokeRole failed: ${result.text}`);
}
