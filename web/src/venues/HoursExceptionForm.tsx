import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';

import { ErrorMessage } from '../errors/ErrorMessage';
import type { Problem } from '../errors/Problem';
import { describeError } from '../errors/describeError';
import { labelApiPaths } from '../errors/labelApiPaths';
import { SetHoursExceptionDocument } from '../generated/graphql';
import { FieldError } from '../layout/FieldError';
import { formText } from '../layout/formText';
import { parseIntervals } from './openingHours';

const FIELDS = ['date', 'intervals'];

/** "intervals[0].opens" and the like are all about the one "Hours that date" field. */
function exceptionProblem(problem: Problem): Problem {
  const aboutHours = problem.path?.startsWith('intervals') ?? false;
  const message = labelApiPaths(problem.message, (path) =>
    path.startsWith('intervals') ? 'Hours that date' : undefined,
  );
  return aboutHours ? { ...problem, field: 'intervals', message } : { ...problem, message };
}

/** A holiday or special hours for one date, replacing the weekly hours of that date. */
export function HoursExceptionForm({ venueId }: { venueId: string }) {
  const id = useId();
  const [closed, setClosed] = useState(true);
  const [problem, setProblem] = useState<Problem>();
  const [saved, setSaved] = useState<string>();
  const [setException, { loading }] = useMutation(SetHoursExceptionDocument, {
    refetchQueries: ['Venue'],
    awaitRefetchQueries: true,
  });
  const fieldProblem = (field: string) => (problem?.field === field ? problem : undefined);
  // A server message about any other input shows above the form rather than nowhere.
  const formProblem = problem && !FIELDS.includes(problem.field ?? '') ? problem : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(undefined);
    const form = new FormData(event.currentTarget);
    const date = formText(form, 'date');
    if (date === '') {
      setProblem({ code: 'BAD_USER_INPUT', field: 'date', message: 'Choose the date.' });
      return;
    }
    const intervals = closed ? [] : parseIntervals(formText(form, 'intervals'));
    if ('error' in intervals) {
      setProblem({ code: 'BAD_USER_INPUT', field: 'intervals', message: intervals.error });
      return;
    }
    if (!closed && intervals.length === 0) {
      const message = 'Give the hours of that date, or tick “Closed all day”.';
      setProblem({ code: 'BAD_USER_INPUT', field: 'intervals', message });
      return;
    }
    const reason = formText(form, 'reason').trim();
    try {
      await setException({
        variables: {
          venueId,
          input: { date, closed, intervals, reason: reason === '' ? null : reason },
        },
      });
      setProblem(undefined);
      setSaved(date);
    } catch (caught) {
      setProblem(exceptionProblem(describeError(caught)));
    }
  };

  return (
    <form className="panel form" onSubmit={(event) => void submit(event)} noValidate>
      <h3>Add an exception</h3>
      <ErrorMessage problem={formProblem} />
      {saved ? (
        <p className="notice notice-ok" role="status">
          Hours of {saved} saved.
        </p>
      ) : null}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            name="date"
            type="date"
            required
            aria-invalid={fieldProblem('date') ? true : undefined}
            aria-describedby={`${id}-date-error`}
          />
          <FieldError id={`${id}-date-error`} problem={fieldProblem('date')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-reason`}>
            Reason <span className="optional">(optional, shown to members)</span>
          </label>
          <input id={`${id}-reason`} name="reason" maxLength={200} placeholder="e.g. Holiday" />
        </div>
      </div>
      <div className="field field-check">
        <input
          id={`${id}-closed`}
          type="checkbox"
          checked={closed}
          onChange={(event) => setClosed(event.target.checked)}
        />
        <label htmlFor={`${id}-closed`}>Closed all day</label>
      </div>
      {closed ? null : (
        <div className="field">
          <label htmlFor={`${id}-intervals`}>Hours that date</label>
          <input
            id={`${id}-intervals`}
            name="intervals"
            placeholder="09:00-14:00"
            aria-invalid={fieldProblem('intervals') ? true : undefined}
            aria-describedby={`${id}-intervals-error`}
          />
          <FieldError id={`${id}-intervals-error`} problem={fieldProblem('intervals')} />
        </div>
      )}
      <button type="submit" className="button-primary" disabled={loading}>
        {loading ? 'Saving…' : 'Save exception'}
      </button>
    </form>
  );
}
