import { useId } from 'react';

import type { Problem } from '../errors/Problem';
import type { CourtDetailsFragment } from '../generated/graphql';
import { InputField } from '../layout/InputField';
import type { RuleField } from './courtFormValues';

interface Props {
  rules: CourtDetailsFragment['bookingRules'];
  fieldProblem: (field: RuleField) => Problem | undefined;
}

const RULES: readonly { field: RuleField; label: string; hint?: string }[] = [
  { field: 'slotIntervalMinutes', label: 'Slot interval (minutes)' },
  { field: 'minDurationMinutes', label: 'Shortest booking (minutes)' },
  { field: 'maxDurationMinutes', label: 'Longest booking (minutes)' },
  { field: 'minNoticeMinutes', label: 'Minimum notice (minutes)' },
  { field: 'maxAdvanceDays', label: 'Bookable days ahead' },
  {
    field: 'cancellationCutoffMinutes',
    label: 'Cancel online until (minutes before start)',
    hint: 'Empty: until the booking ends. 0: until it starts.',
  },
  {
    field: 'maxActiveBookingsPerUser',
    label: 'Active bookings per member',
    hint: 'Empty: no limit.',
  },
];

/** The court's booking rules, read in the venue's time zone by the server. */
export function BookingRulesFields({ rules, fieldProblem }: Props) {
  const id = useId();
  return (
    <fieldset className="rules">
      <legend>Booking rules</legend>
      <div className="rules-grid">
        {RULES.map(({ field, label, hint }) => (
          <InputField
            key={field}
            id={`${id}-${field}`}
            name={field}
            label={label}
            hint={hint}
            type="number"
            inputMode="numeric"
            min="0"
            defaultValue={rules[field] ?? ''}
            problem={fieldProblem(field)}
          />
        ))}
      </div>
    </fieldset>
  );
}
