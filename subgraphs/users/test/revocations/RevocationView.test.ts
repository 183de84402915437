import { randomUUID } from 'node:crypto';

import { describe, expect, it } from '@jest/globals';

import { parseRevocationMessage } from '../../src/revocations/revocationMessage.js';
import { RevocationView } from '../../src/revocations/RevocationView.js';

const T0 = Date.parse('2026-12-04T12:00:00.500Z');
const HORIZON_MS = 60_000;

function token(userId: string, sessionId: string, issuedAtMs: number) {
  return { userId, sessionId, issuedAtSeconds: Math.floor(issuedAtMs / 1000) };
}

describe('RevocationView', () => {
  it('refuses a revoked session until the horizon has passed', () => {
    let now = T0;
    const view = new RevocationView(HORIZON_MS, () => now);
    const [user, session] = [randomUUID(), randomUUID()];
    view.apply({
      type: 'sessions-revoked',
      userId: user,
      sessionIds: [session],
      at: new Date(T0).toISOString(),
    });

    expect(view.refuses(token(user, session, T0 - 5_000))).toBe(true);
    expect(view.refuses(token(user, randomUUID(), T0 - 5_000))).toBe(false);

    now = T0 + HORIZON_MS - 1;
    view.prune();
    expect(view.refuses(token(user, session, T0 - 5_000))).toBe(true);
    now = T0 + HORIZON_MS + 1;
    view.prune();
    expect(view.size).toEqual({ sessions: 0, users: 0 });
  });

  it('refuses tokens of a deactivated user issued in an earlier second only', () => {
    const view = new RevocationView(HORIZON_MS, () => T0);
    const user = randomUUID();
    view.apply({ type: 'user-deactivated', userId: user, at: new Date(T0).toISOString() });

    expect(view.refuses(token(user, randomUUID(), T0 - 1_000))).toBe(true);
    expect(view.refuses(token(user, randomUUID(), T0 + 1_000))).toBe(false);
    expect(view.refuses(token(randomUUID(), randomUUID(), T0 - 1_000))).toBe(false);
  });

  it('keeps the later time when the same entry arrives twice (resync and message)', () => {
    const view = new RevocationView(HORIZON_MS, () => T0);
    const user = randomUUID();
    view.addUser(user, T0);
    view.addUser(user, T0 - 10_000);
    expect(view.refuses(token(user, randomUUID(), T0 - 1_000))).toBe(true);
  });
});

describe('parseRevocationMessage', () => {
  const user = randomUUID();
  it.each([
    ['not JSON', '{'],
    ['null', 'null'],
    ['an unknown type', JSON.stringify({ type: 'x', userId: user, at: '2026-12-04T12:00:00Z' })],
    ['a bad user id', JSON.stringify({ type: 'user-deactivated', userId: 'u', at: 'x' })],
    ['a bad time', JSON.stringify({ type: 'user-deactivated', userId: user, at: 'yesterday' })],
    [
      'a bad session id',
      JSON.stringify({ type: 'sessions-revoked', userId: user, sessionIds: ['s'], at: 'x' }),
    ],
  ])('ignores %s', (_case, raw) => {
    expect(parseRevocationMessage(raw)).toBeUndefined();
  });

  it('lower-cases ids', () => {
    const session = randomUUID();
    const raw = JSON.stringify({
      type: 'sessions-revoked',
      userId: user.toUpperCase(),
      sessionIds: [session.toUpperCase()],
      at: '2026-12-04T12:00:00.000Z',
    });
    expect(parseRevocationMessage(raw)).toEqual({
      type: 'sessions-revoked',
      userId: user,
      sessionIds: [session],
      at: '2026-12-04T12:00:00.000Z',
    });
  });
});
