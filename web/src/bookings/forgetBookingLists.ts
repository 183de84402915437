import type { ApolloCache } from '@apollo/client';

import { ViewerDocument } from '../generated/graphql';

/**
 * A booking made or cancelled can move in or out of any page of any booking list: drop the
 * cached lists (staff's `bookings` and the viewer's `me { bookings }`) so each asks again when
 * shown. The bookings themselves stay normalised by id.
 */
export function forgetBookingLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'bookings' });
  const viewerId = cache.readQuery({ query: ViewerDocument })?.me?.id;
  if (viewerId !== undefined) {
    cache.evict({
      id: cache.identify({ __typename: 'User', id: viewerId }),
      fieldName: 'bookings',
    });
  }
  cache.gc();
}
