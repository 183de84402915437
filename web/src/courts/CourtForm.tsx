import { type FormEvent, useId, useState } from 'react';

import type { Problem } from '../errors/Problem';
import { ErrorMessage } from '../errors/ErrorMessage';
import type { CourtStatus, CreateCourtInput, Sport } from '../generated/graphql';
import { FieldError } from '../layout/FieldError';
import { SPORTS, STATUSES, isSport } from './labels';
import { formText } from '../layout/formText';

export interface CourtFormValues {
  name: string;
  sport: Sport;
  indoor: boolean;
  surface: string | null;
  status: CourtStatus;
  hourlyRate: { amount: number; currency: string };
}

interface Props {
  initial?: CourtFormValues;
  submitLabel: string;
  /** Resolves undefined when saved, else the problem to show (field errors beside the field). */
  onSubmit: (input: CreateCourtInput) => Promise<Problem | undefined>;
}

const EMPTY: CourtFormValues = {
  name: '',
  sport: 'TENNIS',
  indoor: false,
  surface: null,
  status: 'ACTIVE',
  hourlyRate: { amount: 2000, currency: 'EUR' },
};

/** Create and edit share this form; the server validates again and its messages show here. */
export function CourtForm({ initial = EMPTY, submitLabel, onSubmit }: Props) {
  const id = useId();
  const [problem, setProblem] = useState<Problem>();
  const [saving, setSaving] = useState(false);
  const fieldProblem = (field: string) => (problem?.field === field ? problem : undefined);
  const formProblem = problem && !problem.field ? problem : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const price = Number(formText(form, 'price').replace(',', '.'));
    if (!Number.isFinite(price) || price < 0) {
      setProblem({
        code: 'BAD_USER_INPUT',
        field: 'amount',
        message: 'Enter a price of 0 or more.',
      });
      return;
    }
    const sport = formText(form, 'sport');
    const surface = formText(form, 'surface').trim();
    setSaving(true);
    const result = await onSubmit({
      name: formText(form, 'name').trim(),
      sport: isSport(sport) ? sport : initial.sport,
      indoor: form.get('indoor') === 'on',
      surface: surface === '' ? null : surface,
      status: formText(form, 'status') as CourtStatus,
      hourlyRate: {
        amount: Math.round(price * 100),
        currency: formText(form, 'currency').trim().toUpperCase(),
      },
    });
    setSaving(false);
    setProblem(result);
  };

  return (
    <form className="panel form" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorMessage problem={formProblem} />
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          name="name"
          required
          maxLength={100}
          defaultValue={initial.name}
          aria-invalid={fieldProblem('name') ? true : undefined}
          aria-describedby={`${id}-name-error`}
        />
        <FieldError id={`${id}-name-error`} problem={fieldProblem('name')} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-sport`}>Sport</label>
          <select id={`${id}-sport`} name="sport" defaultValue={initial.sport}>
            {SPORTS.map((sport) => (
              <option key={sport.value} value={sport.value}>
                {sport.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select id={`${id}-status`} name="status" defaultValue={initial.status}>
            {STATUSES.map((status) => (
              <option key={status.value} value={status.value}>
                {status.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field field-check">
        <input id={`${id}-indoor`} name="indoor" type="checkbox" defaultChecked={initial.indoor} />
        <label htmlFor={`${id}-indoor`}>Indoor court</label>
      </div>
      <div className="field">
        <label htmlFor={`${id}-surface`}>
          Surface <span className="optional">(optional)</span>
        </label>
        <input
          id={`${id}-surface`}
          name="surface"
          defaultValue={initial.surface ?? ''}
          placeholder="e.g. clay, artificial grass"
          aria-invalid={fieldProblem('surface') ? true : undefined}
          aria-describedby={`${id}-surface-error`}
        />
        <FieldError id={`${id}-surface-error`} problem={fieldProblem('surface')} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-price`}>Price per hour</label>
          <input
            id={`${id}-price`}
            name="price"
            type="number"
            inputMode="decimal"
            min="0"
            step="0.01"
            required
            defaultValue={(initial.hourlyRate.amount / 100).toFixed(2)}
            aria-invalid={fieldProblem('amount') ? true : undefined}
            aria-describedby={`${id}-price-error`}
          />
          <FieldError id={`${id}-price-error`} problem={fieldProblem('amount')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-currency`}>Currency</label>
          <input
            id={`${id}-currency`}
            name="currency"
            required
            maxLength={3}
            autoCapitalize="characters"
            defaultValue={initial.hourlyRate.currency}
            aria-invalid={fieldProblem('currency') ? true : undefined}
            aria-describedby={`${id}-currency-error`}
          />
          <FieldError id={`${id}-currency-error`} problem={fieldProblem('currency')} />
        </div>
      </div>
      <button type="submit" className="button-primary" disabled={saving}>
        {saving ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
