import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';

import { ErrorMessage } from '../errors/ErrorMessage';
import type { Problem } from '../errors/Problem';
import { describeError } from '../errors/describeError';
import { UpdateVenueHoursDocument, type VenueSummaryFragment } from '../generated/graphql';
import { formText } from '../layout/formText';
import { WEEKDAYS, editableIntervals, weeklyHoursInput } from './openingHours';

/** Staff with venues:manage set the weekly hours, one field per weekday. */
export function WeeklyHoursForm({ venue }: { venue: VenueSummaryFragment }) {
  const id = useId();
  const [problem, setProblem] = useState<Problem>();
  const [saved, setSaved] = useState(false);
  const [updateHours, { loading }] = useMutation(UpdateVenueHoursDocument);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const hours = weeklyHoursInput(
      new Map(WEEKDAYS.map(({ value }) => [value, formText(form, value)])),
    );
    if ('error' in hours) {
      setProblem({ code: 'BAD_USER_INPUT', field: hours.weekday, message: hours.error });
      return;
    }
    try {
      await updateHours({ variables: { id: venue.id, openingHours: hours } });
      setProblem(undefined);
      setSaved(true);
    } catch (caught) {
      setProblem(describeError(caught));
    }
  };

  return (
    <form className="panel form" onSubmit={(event) => void submit(event)} noValidate>
      <h3>Weekly hours</h3>
      <p className="hint">
        Local time at the venue, e.g. 08:00-14:00, 16:00-22:00. Leave a day empty to close it; a
        closing time at or before the opening time means after midnight.
      </p>
      <ErrorMessage problem={problem} />
      {saved ? (
        <p className="notice notice-ok" role="status">
          Weekly hours saved.
        </p>
      ) : null}
      <div className="hours-grid">
        {WEEKDAYS.map(({ value, label }) => (
          <div className="field" key={value}>
            <label htmlFor={`${id}-${value}`}>{label}</label>
            <input
              id={`${id}-${value}`}
              name={value}
              defaultValue={editableIntervals(
                venue.openingHours.filter((item) => item.weekday === value),
              )}
              aria-invalid={problem?.field === value ? true : undefined}
              placeholder="Closed"
            />
          </div>
        ))}
      </div>
      <button type="submit" className="button-primary" disabled={loading}>
        {loading ? 'Saving…' : 'Save weekly hours'}
      </button>
    </form>
  );
}
