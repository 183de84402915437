import { randomUUID } from 'node:crypto';

import { graphql, type GraphQLResult } from './graphqlClient.js';
import type { Session } from './accounts.js';

export const CREATE_COURT = `
  mutation Create($input: CreateCourtInput!) {
    createCourt(input: $input) {
      id name sport indoor status surface hourlyRate { amount currency } createdBy { id username }
    }
  }
`;

export interface CreatedCourt {
  id: string;
  name: string;
  createdBy: { id: string; username: string } | null;
}

/** A court name no other test uses, so tests stay independent of each other's data. */
export function uniqueCourtName(prefix = 'Court'): string {
  return `${prefix} ${randomUUID().slice(0, 8)}`;
}

export function createCourt(
  session: Session | undefined,
  input: Record<string, unknown> = {},
): Promise<GraphQLResult<{ createCourt: CreatedCourt }>> {
  return graphql<{ createCourt: CreatedCourt }>(CREATE_COURT, {
    ...(session ? { token: session.token } : {}),
    variables: {
      input: {
        name: uniqueCourtName(),
        sport: 'PADEL',
        indoor: true,
        hourlyRate: { amount: 2400, currency: 'EUR' },
        ...input,
      },
    },
  });
}
