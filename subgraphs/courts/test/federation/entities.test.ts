import { jest } from '@jest/globals';

import { createCourtLoader } from '../../src/courts/courtLoader.js';
import { graphqlRequest } from '../helpers/graphqlRequest.js';
import { startTestApp, type TestApp } from '../helpers/startTestApp.js';
import { TestDatabase } from '../helpers/testDatabase.js';

const CREATOR = '0b8a6d53-6c1e-4f5e-9f59-2f3f5c0a1d2e';
const UNKNOWN = '3f0f8a2e-2d7b-4c1e-9a55-6b7c8d9e0f1a';
const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Court {
        id
        name
        hourlyRate {
          amount
          currency
        }
        createdBy {
          __typename
          id
        }
      }
    }
  }
`;

describe('federation', () => {
  let app: TestApp;
  let db: TestDatabase;

  beforeAll(async () => {
    db = await TestDatabase.open();
    await db.reset();
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.stop();
    await db.close();
  });

  it('resolves Court references through _entities after the directive transform', async () => {
    const [a, b] = await db.insertCourts([
      { name: 'A', createdBy: CREATOR },
      { name: 'B', hourlyRateAmount: 5, hourlyRateCurrency: 'CHF' },
    ]);
    const representations = [
      { __typename: 'Court', id: b!.id },
      { __typename: 'Court', id: UNKNOWN },
      { __typename: 'Court', id: a!.id.toUpperCase() },
      { __typename: 'Court', id: 'not-a-uuid' },
    ];
    const response = await graphqlRequest(app.url, ENTITIES, { representations });
    expect(response.body).toEqual({
      data: {
        _entities: [
          {
            __typename: 'Court',
            id: b!.id,
            name: 'B',
            hourlyRate: { amount: 5, currency: 'CHF' },
            createdBy: null,
          },
          null,
          {
            __typename: 'Court',
            id: a!.id,
            name: 'A',
            hourlyRate: { amount: 1000, currency: 'EUR' },
            createdBy: { __typename: 'User', id: CREATOR },
          },
          null,
        ],
      },
    });
  });

  it('publishes an SDL that carries @requiresPermission and @composeDirective', async () => {
    const response = await graphqlRequest<{ _service: { sdl: string } }>(
      app.url,
      '{ _service { sdl } }',
    );
    const sdl = response.body.data!._service.sdl;
    expect(sdl).toContain('@composeDirective(name: "@requiresPermission")');
    expect(sdl).toContain('https://courtgraph.dev/permissions/v1.0');
    expect(sdl).toMatch(
      /deleteCourt\(id: ID!\): Boolean! @requiresPermission\(permission: "courts:delete"\)/,
    );
    expect(sdl).toMatch(/type User\s+@key\(fields: "id"\)/);
  });
});

describe('createCourtLoader', () => {
  it('loads all ids asked for in one tick with one query', async () => {
    const db = await TestDatabase.open();
    try {
      await db.reset();
      const [a, b] = await db.insertCourts([{ name: 'A' }, { name: 'B' }]);
      const em = db.orm.em.fork();
      const find = jest.spyOn(em, 'find');
      const load = createCourtLoader(em);

      const loaded = await Promise.all([load(a!.id), load(UNKNOWN), load(b!.id), load(a!.id)]);
      expect(loaded.map((court) => court?.name ?? null)).toEqual(['A', null, 'B', 'A']);
      expect(find).toHaveBeenCalledTimes(1);
    } finally {
      await db.close();
    }
  });
});
