import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';

import { ErrorMessage } from '../errors/ErrorMessage';
import type { Problem } from '../errors/Problem';
import { describeError } from '../errors/describeError';
import {
  CreateMaintenanceBlockDocument,
  MaintenanceBlockImpactDocument,
  type MaintenanceBlockImpactQuery,
  type MaintenanceBlockInput,
} from '../generated/graphql';
import { forgetBookingLists } from '../bookings/forgetBookingLists';
import { formText } from '../layout/formText';
import { zoneLabel } from '../time/venueTime';
import { BlockBookingList } from './BlockBookingList';
import { CONFLICT_POLICIES, isConflictPolicy } from './conflictPolicies';

interface Props {
  venue: { id: string; timeZone: string; courts: readonly { id: string; name: string }[] };
}

type Impact = MaintenanceBlockImpactQuery['maintenanceBlockImpact'];

/**
 * Staff describe a block, see what it would do (the server's dry run) and only then place it.
 * Any change to the form discards the dry run, so what is confirmed is what was checked.
 */
export function BlockForm({ venue }: Props) {
  const id = useId();
  const client = useApolloClient();
  const [checked, setChecked] = useState<{ input: MaintenanceBlockInput; impact: Impact }>();
  const [problem, setProblem] = useState<Problem>();
  const [checking, setChecking] = useState(false);
  const [placed, setPlaced] = useState(false);
  const [createBlock, creation] = useMutation(CreateMaintenanceBlockDocument, {
    refetchQueries: ['MaintenanceBlocks'],
    update: forgetBookingLists,
  });

  const readInput = (form: HTMLFormElement): MaintenanceBlockInput | Problem => {
    const data = new FormData(form);
    const courtIds = data.getAll('courtIds').filter((value) => typeof value === 'string');
    const policy = formText(data, 'conflictPolicy');
    // datetime-local gives the venue's wall clock without an offset: the API reads it there.
    const start = formText(data, 'start');
    const end = formText(data, 'end');
    const reason = formText(data, 'reason').trim();
    if (courtIds.length === 0) return problemOf('Choose at least one court.');
    if (start === '' || end === '') return problemOf('Give the start and the end.');
    if (reason === '') return problemOf('Give a reason: members whose bookings it meets see it.');
    if (!isConflictPolicy(policy)) return problemOf('Choose what happens to existing bookings.');
    return { courtIds, start, end, reason, conflictPolicy: policy };
  };

  const checkImpact = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPlaced(false);
    const input = readInput(event.currentTarget);
    if ('code' in input) {
      setProblem(input);
      return;
    }
    setChecking(true);
    try {
      const { data } = await client.query({
        query: MaintenanceBlockImpactDocument,
        variables: { input },
        fetchPolicy: 'network-only',
      });
      if (data) setChecked({ input, impact: data.maintenanceBlockImpact });
      setProblem(undefined);
    } catch (caught) {
      setProblem(describeError(caught));
    } finally {
      setChecking(false);
    }
  };

  const place = async () => {
    if (!checked) return;
    try {
      await createBlock({ variables: { input: checked.input } });
      setChecked(undefined);
      setProblem(undefined);
      setPlaced(true);
    } catch (caught) {
      setProblem(describeError(caught));
    }
  };

  return (
    <form
      className="panel form"
      onSubmit={(event) => void checkImpact(event)}
      onChange={() => setChecked(undefined)}
      noValidate
    >
      <h2>Place a block</h2>
      <p className="hint">Times are {zoneLabel(venue.timeZone)}, the venue’s local time.</p>
      {placed ? (
        <p className="notice notice-ok" role="status">
          Block placed.
        </p>
      ) : null}
      <ErrorMessage problem={problem} />
      <fieldset className="field">
        <legend>Courts</legend>
        {venue.courts.map((court) => (
          <div className="field-check" key={court.id}>
            <input id={`${id}-${court.id}`} type="checkbox" name="courtIds" value={court.id} />
            <label htmlFor={`${id}-${court.id}`}>{court.name}</label>
          </div>
        ))}
      </fieldset>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-start`}>Starts</label>
          <input id={`${id}-start`} name="start" type="datetime-local" step={60} required />
        </div>
        <div className="field">
          <label htmlFor={`${id}-end`}>Ends</label>
          <input id={`${id}-end`} name="end" type="datetime-local" step={60} required />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason</label>
        <input id={`${id}-reason`} name="reason" maxLength={200} required />
      </div>
      <fieldset className="field">
        <legend>Bookings already made in that time</legend>
        {CONFLICT_POLICIES.map((policy, index) => (
          <div className="field-check" key={policy.value}>
            <input
              id={`${id}-${policy.value}`}
              type="radio"
              name="conflictPolicy"
              value={policy.value}
              defaultChecked={index === 0}
            />
            <label htmlFor={`${id}-${policy.value}`}>{policy.label}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" disabled={checking}>
        {checking ? 'Checking…' : 'Check impact'}
      </button>
      {checked ? (
        <div
          className={checked.impact.wouldSucceed ? 'impact' : 'impact impact-refused'}
          role="status"
          aria-label="Impact of this block"
        >
          <h3>Impact of this block</h3>
          <p>{checked.impact.summary}</p>
          {checked.impact.conflictingBookings.length > 0 ? (
            <BlockBookingList bookings={checked.impact.conflictingBookings} />
          ) : null}
          <button
            type="button"
            className="button-primary"
            disabled={!checked.impact.wouldSucceed || creation.loading}
            onClick={() => void place()}
          >
            {creation.loading ? 'Placing…' : 'Place block'}
          </button>
        </div>
      ) : null}
    </form>
  );
}

function problemOf(message: string): Problem {
  return { code: 'BAD_USER_INPUT', message };
}
