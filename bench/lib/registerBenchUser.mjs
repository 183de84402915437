// @ts-check
/**
 * Registers a fresh user on a running users service and returns its access token, which is
 * what every /auth/verify benchmark measures with.
 * @param {string} base   the users service's base URL
 * @returns {Promise<string>}
 */
export async function registerBenchUser(base) {
  const username = `bench_${Date.now()}`;
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: RegisterInput!) { register(input: $i) { accessToken } }',
      variables: {
        i: {
          username,
          email: `${username}@example.com`,
          password: 'bench password 1234',
          displayName: 'Bench',
        },
      },
    }),
  });
  const body = /** @type {{ data?: { register: { accessToken: string } } }} */ (
    await response.json()
  );
  if (!body.data) throw new Error(`registering the bench user failed: ${JSON.stringify(body)}`);
  return body.data.register.accessToken;
}
