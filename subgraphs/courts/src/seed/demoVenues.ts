import type { Court } from '../courts/courtEntity.js';
import type { StoredOpeningHours } from '../venues/venueEntity.js';

export type DemoCourt = Pick<
  Court,
  | 'name'
  | 'sport'
  | 'format'
  | 'surface'
  | 'indoor'
  | 'lights'
  | 'playerCapacity'
  | 'amenities'
  | 'description'
  | 'status'
  | 'hourlyRateAmount'
  | 'hourlyRateCurrency'
>;

export interface DemoVenue {
  name: string;
  address: string;
  timeZone: string;
  openingHours: StoredOpeningHours[];
  courts: DemoCourt[];
}

function everyDay(opens: string, closes: string): StoredOpeningHours[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens, closes }));
}

function court(fields: Partial<DemoCourt> & Pick<DemoCourt, 'name' | 'sport'>): DemoCourt {
  return {
    format: null,
    surface: null,
    indoor: false,
    lights: true,
    playerCapacity: null,
    amenities: [],
    description: null,
    status: 'ACTIVE',
    hourlyRateAmount: 2000,
    hourlyRateCurrency: 'EUR',
    ...fields,
  };
}

/** Two venues in zones with different DST dates, so that the running system shows both. */
export const DEMO_VENUES: readonly DemoVenue[] = [
  {
    name: 'Madrid Racquet Club',
    address: 'Calle de Alcalá 1\n28014 Madrid',
    timeZone: 'Europe/Madrid',
    openingHours: everyDay('08:00', '22:00'),
    courts: [
      court({
        name: 'Centre Court',
        sport: 'TENNIS',
        format: 'SINGLES',
        surface: 'clay',
        playerCapacity: 4,
        amenities: ['showers', 'ball machine'],
        description: 'Our show court, with seating for 200.',
        hourlyRateAmount: 2500,
      }),
      court({ name: 'Tennis 2', sport: 'TENNIS', surface: 'hard', playerCapacity: 4 }),
      court({
        name: 'Padel Hall 1',
        sport: 'PADEL',
        format: 'DOUBLES',
        surface: 'artificial grass',
        indoor: true,
        playerCapacity: 4,
        hourlyRateAmount: 3200,
      }),
      court({ name: 'Padel Hall 2', sport: 'PADEL', format: 'DOUBLES', indoor: true }),
      court({ name: 'Padel Terrace', sport: 'PADEL', format: 'DOUBLES', lights: false }),
      court({
        name: 'Badminton Court A',
        sport: 'BADMINTON',
        surface: 'wood',
        indoor: true,
        status: 'MAINTENANCE',
        hourlyRateAmount: 1500,
      }),
      court({ name: 'Squash 1', sport: 'SQUASH', indoor: true, playerCapacity: 2 }),
    ],
  },
  {
    name: 'Brooklyn Sports Center',
    address: '100 Court Street\nBrooklyn, NY 11201',
    timeZone: 'America/New_York',
    openingHours: everyDay('07:00', '23:00'),
    courts: [
      court({ name: 'Pickleball 1', sport: 'PICKLEBALL', hourlyRateCurrency: 'USD' }),
      court({ name: 'Pickleball 2', sport: 'PICKLEBALL', hourlyRateCurrency: 'USD' }),
      court({
        name: 'Main Gym',
        sport: 'BASKETBALL',
        format: 'FULL_COURT',
        indoor: true,
        playerCapacity: 10,
        hourlyRateAmount: 6000,
        hourlyRateCurrency: 'USD',
      }),
      court({
        name: 'Sand Volleyball',
        sport: 'VOLLEYBALL',
        surface: 'sand',
        hourlyRateCurrency: 'USD',
      }),
      court({
        name: 'Futsal Box',
        sport: 'FUTSAL',
        format: 'FIVE_A_SIDE',
        indoor: true,
        playerCapacity: 10,
        hourlyRateAmount: 8000,
        hourlyRateCurrency: 'USD',
      }),
      court({ name: 'Tennis A', sport: 'TENNIS', surface: 'hard', hourlyRateCurrency: 'USD' }),
    ],
  },
];

/**
 * The demo accounts of the users subgraph's development seed, which gives them these fixed ids
 * (docs/demo-data.md): bookings are made for them.
 */
export const DEMO_BOOKERS = [
  '00000000-0000-4000-8000-00000000d001',
  '00000000-0000-4000-8000-00000000d002',
  '00000000-0000-4000-8000-00000000d003',
] as const;
