import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';

import { describeError } from '../errors/describeError';
import { CancelBookingDocument } from '../generated/graphql';
import { formText } from '../layout/formText';
import { BookingProblemMessage } from './BookingProblemMessage';
import { type BookingProblem, describeBookingProblem } from './bookingProblem';
import { forgetBookingLists } from './forgetBookingLists';

interface Props {
  bookingId: string;
  /** Read out with the buttons, so each row's controls say which booking they act on. */
  label: string;
  onDone: () => void;
}

/** Cancels one booking, with an optional reason the venue sees. */
export function CancelBookingForm({ bookingId, label, onDone }: Props) {
  const id = useId();
  const [problem, setProblem] = useState<BookingProblem>();
  const [cancelBooking, { loading }] = useMutation(CancelBookingDocument, {
    update: forgetBookingLists,
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = formText(new FormData(event.currentTarget), 'reason').trim();
    try {
      await cancelBooking({ variables: { id: bookingId, reason: reason === '' ? null : reason } });
      onDone();
    } catch (caught) {
      setProblem(describeBookingProblem(describeError(caught), 'cancel'));
    }
  };

  return (
    <form className="cancel-form" onSubmit={(event) => void submit(event)}>
      <BookingProblemMessage problem={problem} />
      <div className="field">
        <label htmlFor={`${id}-reason`}>
          Reason <span className="optional">(optional)</span>
        </label>
        <input id={`${id}-reason`} name="reason" maxLength={500} autoFocus />
      </div>
      <div className="actions">
        <button type="submit" className="button-danger" disabled={loading}>
          {loading ? 'Cancelling…' : `Confirm cancelling ${label}`}
        </button>
        <button type="button" onClick={onDone}>
          Keep booking
        </button>
      </div>
    </form>
  );
}
