import { registerMember } from './support/accounts.js';
import { firstCode, graphql } from './support/graphqlClient.js';

const VENUES = /* GraphQL */ `
  query Venues {
    venues {
      id
      name
      timeZone
      courts {
        id
        name
        sport
      }
    }
  }
`;

const AVAILABILITY = /* GraphQL */ `
  query Availability($venueId: ID!, $date: Date!) {
    availability(venueId: $venueId, date: $date) {
      court {
        id
        name
      }
      slots {
        start
        end
        price {
          amount
          currency
        }
      }
    }
  }
`;

const BOOK = /* GraphQL */ `
  mutation Book($input: CreateBookingInput!) {
    createBooking(input: $input) {
      id
      start
      end
      status
      court {
        name
        venue {
          name
        }
      }
      user {
        id
        username
      }
    }
  }
`;

const MY_BOOKINGS = /* GraphQL */ `
  query MyBookings {
    me {
      id
      bookings(first: 50) {
        totalCount
        edges {
          node {
            id
            status
            start
          }
        }
      }
    }
  }
`;

const CANCEL = /* GraphQL */ `
  mutation Cancel($id: ID!) {
    cancelBooking(id: $id, reason: "Plans changed") {
      id
      status
    }
  }
`;

interface Venue {
  id: string;
  name: string;
  timeZone: string;
  courts: { id: string }[];
}

interface Availability {
  court: { id: string; name: string };
  slots: { start: string; end: string; price: { amount: number; currency: string } }[];
}

/**
 * The date three days ahead in the venue's zone: inside the booking horizon, and beyond the
 * default cancellation cutoff (24 hours), so that the member may cancel online.
 */
function dateAheadIn(zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(
    new Date(Date.now() + 3 * 86_400_000),
  );
}

describe('bookings through the edge', () => {
  it('lets a new member find a free slot, book it, see it under me, and cancel it', async () => {
    const venues = await graphql<{ venues: Venue[] }>(VENUES);
    const madrid = venues.data!.venues.find((venue) => venue.timeZone === 'Europe/Madrid')!;
    expect(madrid.courts.length).toBeGreaterThan(0);

    // Anonymous visitors may look at availability; every instant carries the venue offset.
    const free = await graphql<{ availability: Availability[] }>(AVAILABILITY, {
      variables: { venueId: madrid.id, date: dateAheadIn(madrid.timeZone) },
    });
    expect(free.errors).toBeUndefined();
    const withSlots = free.data!.availability.find((entry) => entry.slots.length > 0)!;
    const slot = withSlots.slots[0]!;
    expect(slot.start).toMatch(/T\d{2}:\d{2}:00\+0[12]:00$/);

    const member = await registerMember('booker');
    const input = { courtId: withSlots.court.id, start: slot.start, end: slot.end };
    const booked = await graphql<{ createBooking: { id: string; user: { username: string } } }>(
      BOOK,
      { token: member.token, variables: { input } },
    );
    expect(booked.errors).toBeUndefined();
    // The user comes from the users subgraph, joined by the gateway.
    expect(booked.data!.createBooking.user.username).toBe(member.username);

    // The same slot again, by someone else: CONFLICT, never a second booking.
    const rival = await registerMember('rival');
    const clash = await graphql(BOOK, { token: rival.token, variables: { input } });
    expect(firstCode(clash)).toBe('CONFLICT');

    // User.bookings is contributed by the courts subgraph to the users subgraph's `me`.
    const mine = await graphql<{ me: { bookings: { totalCount: number } } }>(MY_BOOKINGS, {
      token: member.token,
    });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.me.bookings.totalCount).toBe(1);

    const cancelled = await graphql<{ cancelBooking: { status: string } }>(CANCEL, {
      token: member.token,
      variables: { id: booked.data!.createBooking.id },
    });
    expect(cancelled.data!.cancelBooking.status).toBe('CANCELLED');
    const retaken = await graphql(BOOK, { token: rival.token, variables: { input } });
    expect(retaken.errors).toBeUndefined();
  });

  it('refuses anonymous bookings, malformed times and walks around me', async () => {
    const input = {
      courtId: '00000000-0000-4000-8000-000000000000',
      start: '2030-01-01T10:00:00Z',
      end: '2030-01-01T11:00:00Z',
    };
    expect(firstCode(await graphql(BOOK, { variables: { input } }))).toBe('UNAUTHENTICATED');

    // The subgraph's scalar refuses this before anything runs; the gateway passes its words on
    // as the client's input error, never as an internal one.
    const member = await registerMember('typo');
    const malformed = await graphql(BOOK, {
      token: member.token,
      variables: { input: { ...input, start: 'tomorrow at ten' } },
    });
    expect(firstCode(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.message).toMatch(/DateTime/);

    // The gateway does not expose _entities: a client cannot read someone's bookings around `me`.
    // Invalid on purpose: a plain string (not a template passed to graphql()), which
    // schema:check leaves alone.
    const entities = 'query TheirBookings { _entities(representations: []) { __typename } }';
    const walkAround = await graphql(entities, { token: member.token });
    expect(firstCode(walkAround)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
