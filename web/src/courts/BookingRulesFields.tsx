import { useId } from 'react';

import type { Problem } from '../errors/Problem';
import type { CourtDetailsFragment } from '../generated/graphql';
import { InputField } from '../layout/InputField';
import { RULE_LABELS } from './courtFieldLabels';
import { RULE_LIMITS, type RuleField } from './courtFormValues';

interface Props {
  rules: CourtDetailsFragment['bookingRules'];
  fieldProblem: (field: RuleField) => Problem | undefined;
}

const RULES: readonly { field: RuleField; hint?: string }[] = [
  { field: 'slotIntervalMinutes' },
  { field: 'minDurationMinutes' },
  { field: 'maxDurationMinutes' },
  { field: 'minNoticeMinutes' },
  { field: 'maxAdvanceDays' },
  {
    field: 'cancellationCutoffMinutes',
    hint: 'Empty: until the booking ends. 0: until it starts.',
  },
  { field: 'maxActiveBookingsPerUser', hint: 'Empty: no limit.' },
];

/** The court's booking rules, read in the venue's time zone by the server. */
export function BookingRulesFields({ rules, fieldProblem }: Props) {
  const id = useId();
  return (
    <fieldset className="rules">
      <legend>Booking rules</legend>
      <div className="rules-grid">
        {RULES.map(({ field, hint }) => (
          <InputField
            key={field}
            id={`${id}-${field}`}
            name={field}
            label={RULE_LABELS[field]}
            hint={hint}
            type="number"
            inputMode="numeric"
            min={RULE_LIMITS[field].min}
            max={RULE_LIMITS[field].max}
            defaultValue={rules[field] ?? ''}
            problem={fieldProblem(field)}
          />
        ))}
      </div>
    </fieldset>
  );
}
