import { afterAll, beforeAll, beforeEach, expect, it } from '@jest/globals';

import { resetCatalog } from '../support/administration.js';
import { asUser, grantRole, registerUser } from '../support/fixtures.js';
import { startTestService, type TestService } from '../support/testService.js';

/** Regression: ids ordered as text put 99 before 102 once the sequence crossed a digit. */
const ASSIGN = 'mutation ($u: ID!, $r: String!) { assignRole(userId: $u, role: $r) { id } }';
const REVOKE = 'mutation ($u: ID!, $r: String!) { revokeRole(userId: $u, role: $r) { id } }';
const IDS = '{ auditLog(first: 100) { edges { node { id } } } }';

let t: TestService;

beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await resetCatalog(t);
  await t.close();
});
beforeEach(async () => {
  await t.reset();
  await resetCatalog(t);
});

it('lists entries newest first across a change in the number of digits of their ids', async () => {
  await t.service.services.orm.em.fork().execute("select setval('audit_log_id_seq', 97)");
  const admin = await registerUser(t);
  await grantRole(t, admin.id, 'admin');
  const user = await registerUser(t);
  for (const mutation of [ASSIGN, REVOKE, ASSIGN, REVOKE, ASSIGN]) {
    await t.gql(mutation, { u: user.id, r: 'staff' }, asUser(admin.id));
  }

  const result = await t.gql<{ auditLog: { edges: { node: { id: string } }[] } }>(
    IDS,
    {},
    asUser(admin.id),
  );
  const ids = result.body.data!.auditLog.edges.map((edge) => edge.node.id);
  expect(ids).toEqual(['102', '101', '100', '99', '98']);
});
