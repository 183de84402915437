import { formatMoney } from '../courts/labels';
import type { CourtAvailabilityQuery } from '../generated/graphql';
import { repeatedTimes, timeRange } from '../time/venueTime';

export type Slot = NonNullable<CourtAvailabilityQuery['availability'][number]>['slots'][number];

interface Props {
  slots: readonly Slot[];
  /** Called with the chosen slot; without it the slots are shown but cannot be chosen. */
  onChoose?: (slot: Slot) => void;
  chosen?: Slot;
}

/**
 * A day's free slots in the venue's wall-clock time, each with its price. On the night clocks
 * go back an hour reads twice; those slots show their offsets so the two can be told apart.
 */
export function SlotList({ slots, onChoose, chosen }: Props) {
  const repeated = repeatedTimes(slots.map((slot) => slot.start));
  return (
    <ul className="slot-list">
      {slots.map((slot) => {
        const time = slot.start.slice(11, 16);
        const label = timeRange(slot.start, slot.end, repeated.has(time));
        const price = formatMoney(slot.price);
        const selected = chosen?.start === slot.start && chosen.end === slot.end;
        return (
          <li key={slot.start}>
            {onChoose ? (
              <button
                type="button"
                className={selected ? 'slot slot-chosen' : 'slot'}
                aria-pressed={selected}
                aria-label={`Book ${label} for ${price}`}
                onClick={() => onChoose(slot)}
              >
                <span className="slot-time">{label}</span>
                <span className="slot-price">{price}</span>
              </button>
            ) : (
              <span className="slot">
                <span className="slot-time">{label}</span>
                <span className="slot-price">{price}</span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
