import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { type Slot, SlotList } from '../src/availability/SlotList';

const originalZone = process.env.TZ;

afterEach(() => {
  cleanup();
  process.env.TZ = originalZone;
});

function slot(start: string, end: string): Slot {
  return {
    __typename: 'Slot',
    start,
    end,
    price: { __typename: 'Money', amount: 2500, currency: 'EUR' },
  };
}

describe('SlotList', () => {
  it('shows the venue clock and hands back the slot exactly as received', () => {
    process.env.TZ = 'Pacific/Auckland';
    const chosen = vi.fn();
    const first = slot('2027-06-01T10:00:00+02:00', '2027-06-01T11:00:00+02:00');
    render(<SlotList slots={[first]} onChoose={chosen} />);
    const button = screen.getByRole('button', { name: /^Book 10:00–11:00 for / });
    fireEvent.click(button);
    expect(chosen).toHaveBeenCalledWith(first);
  });

  it('shows offsets only for the hour that happens twice', () => {
    render(
      <SlotList
        slots={[
          slot('2027-10-31T01:00:00+02:00', '2027-10-31T02:00:00+02:00'),
          slot('2027-10-31T02:00:00+02:00', '2027-10-31T02:00:00+01:00'),
          slot('2027-10-31T02:00:00+01:00', '2027-10-31T03:00:00+01:00'),
        ]}
      />,
    );
    expect(screen.getByText('01:00–02:00')).toBeTruthy();
    expect(screen.getByText('02:00 (UTC+02:00)–02:00 (UTC+01:00)')).toBeTruthy();
    expect(screen.getByText('02:00 (UTC+01:00)–03:00 (UTC+01:00)')).toBeTruthy();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
