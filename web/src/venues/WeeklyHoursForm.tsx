import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';

import { ErrorMessage } from '../errors/ErrorMessage';
import type { Problem } from '../errors/Problem';
import { describeError } from '../errors/describeError';
import {
  UpdateVenueHoursDocument,
  type VenueSummaryFragment,
  type Weekday,
} from '../generated/graphql';
import { labelApiPaths } from '../errors/labelApiPaths';
import { FieldError } from '../layout/FieldError';
import { formText } from '../layout/formText';
import { WEEKDAYS, editableIntervals, weekdayOfPath, weeklyHoursInput } from './openingHours';

/**
 * A server problem about "openingHours[3]" belongs beside that row's weekday, worded with the
 * weekday names the person sees; anything else stays above the form.
 */
function dayProblem(problem: Problem, sent: readonly { weekday: Weekday }[]): Problem {
  const message = labelApiPaths(problem.message, (path) => {
    const weekday = weekdayOfPath(path, sent);
    return WEEKDAYS.find((day) => day.value === weekday)?.label;
  });
  const { field: _apiField, ...rest } = problem;
  const weekday = weekdayOfPath(problem.path, sent);
  return weekday === undefined ? { ...rest, message } : { ...rest, field: weekday, message };
}

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
      setProblem(dayProblem(describeError(caught), hours));
    }
  };

  return (
    <form className="panel form" onSubmit={(event) => void submit(event)} noValidate>
      <h3>Weekly hours</h3>
      <p className="hint">
        Local time at the venue, e.g. 08:00-14:00, 16:00-22:00. Leave a day empty to close it; a
        closing time at or before the opening time means after midnight.
      </p>
      <ErrorMessage problem={problem?.field === undefined ? problem : undefined} />
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
              aria-describedby={`${id}-${value}-error`}
              placeholder="Closed"
            />
            <FieldError
              id={`${id}-${value}-error`}
              problem={problem?.field === value ? problem : undefined}
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
