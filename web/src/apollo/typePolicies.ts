import type { Reference, TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Lists merge page by page, relay-style, into one cached list per filter: "Load more" appends
 * and a changed filter starts a list of its own. Entities normalise by `id` (Apollo's
 * default `__typename:id`), so an edited court updates every list that shows it.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      courts: relayStylePagination(['filter']),
      users: relayStylePagination(['search']),
      bookings: relayStylePagination(['filter']),
      // A court already in a list shows at once on its page (a cache redirect).
      court: {
        read: (existing: Reference | undefined, { args, toReference }): Reference | undefined =>
          existing ??
          (typeof args?.id === 'string'
            ? toReference({ __typename: 'Court', id: args.id })
            : undefined),
      },
    },
  },
  // `me { bookings }`: the signed-in user's bookings, merged the same way per filter.
  User: { fields: { bookings: relayStylePagination(['filter']) } },
  // Value objects without an id: a newer answer's fields replace the older ones in place.
  BookingRules: { merge: true },
  Money: { merge: true },
};
