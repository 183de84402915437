import { type FormEvent, useId, useState } from 'react';

import { ErrorMessage } from '../errors/ErrorMessage';
import type { Problem } from '../errors/Problem';
import type { CreateCourtInput } from '../generated/graphql';
import { FieldError } from '../layout/FieldError';
import { InputField } from '../layout/InputField';
import { labelApiPaths, lastPathPart } from '../errors/labelApiPaths';
import { BookingRulesFields } from './BookingRulesFields';
import { COURT_FIELD_LABELS } from './courtFieldLabels';
import {
  type CourtField,
  type CourtFormValues,
  NEW_COURT,
  RULE_FIELDS,
  readCourtForm,
} from './courtFormValues';
import { FORMATS, SPORTS, STATUSES } from './labels';

interface Props {
  initial?: CourtFormValues;
  /** Offered when creating: the venue the court joins (the default venue when left out). */
  venues?: readonly { id: string; name: string; isDefault: boolean }[];
  submitLabel: string;
  /** Resolves undefined when saved, else the problem to show (field errors beside the field). */
  onSubmit: (input: CreateCourtInput) => Promise<Problem | undefined>;
}

const FIELDS: readonly string[] = [
  'name',
  'surface',
  'amount',
  'currency',
  'playerCapacity',
  'amenities',
  'description',
  'photoUrls',
  ...RULE_FIELDS,
] satisfies readonly CourtField[];

/** The form's label for an API path the server names, e.g. "bookingRules.maxAdvanceDays". */
function labelFor(path: string): string | undefined {
  const part = lastPathPart(path);
  return part in COURT_FIELD_LABELS ? COURT_FIELD_LABELS[part as CourtField] : undefined;
}

/** Create and edit share this form; the server validates again and its messages show here. */
export function CourtForm({ initial = NEW_COURT, venues, submitLabel, onSubmit }: Props) {
  const id = useId();
  const [problem, setProblem] = useState<Problem>();
  const [saving, setSaving] = useState(false);
  const fieldProblem = (field: CourtField) => (problem?.field === field ? problem : undefined);
  const formProblem = problem && !FIELDS.includes(problem.field ?? '') ? problem : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = readCourtForm(new FormData(event.currentTarget), initial);
    if ('field' in read) {
      setProblem({ code: 'BAD_USER_INPUT', field: read.field, message: read.message });
      return;
    }
    setSaving(true);
    const result = await onSubmit(read.input);
    setSaving(false);
    setProblem(result && { ...result, message: labelApiPaths(result.message, labelFor) });
  };

  return (
    <form className="panel form" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorMessage problem={formProblem} />
      <InputField
        id={`${id}-name`}
        name="name"
        label="Name"
        required
        maxLength={100}
        defaultValue={initial.name}
        problem={fieldProblem('name')}
      />
      {venues && venues.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-venue`}>Venue</label>
          <select
            id={`${id}-venue`}
            name="venueId"
            defaultValue={venues.find((venue) => venue.isDefault)?.id}
          >
            {venues.map((venue) => (
              <option key={venue.id} value={venue.id}>
                {venue.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
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
          <label htmlFor={`${id}-format`}>Format</label>
          <select id={`${id}-format`} name="format" defaultValue={initial.format ?? ''}>
            <option value="">Not given</option>
            {FORMATS.map((format) => (
              <option key={format.value} value={format.value}>
                {format.label}
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
      <div className="field-row">
        <div className="field field-check">
          <input
            id={`${id}-indoor`}
            name="indoor"
            type="checkbox"
            defaultChecked={initial.indoor}
          />
          <label htmlFor={`${id}-indoor`}>Indoor court</label>
        </div>
        <div className="field field-check">
          <input
            id={`${id}-lights`}
            name="lights"
            type="checkbox"
            defaultChecked={initial.lights}
          />
          <label htmlFor={`${id}-lights`}>Lights for evening play</label>
        </div>
      </div>
      <div className="field-row">
        <InputField
          id={`${id}-surface`}
          name="surface"
          label={
            <>
              Surface <span className="optional">(optional)</span>
            </>
          }
          defaultValue={initial.surface ?? ''}
          placeholder="e.g. clay, artificial grass"
          problem={fieldProblem('surface')}
        />
        <InputField
          id={`${id}-capacity`}
          name="playerCapacity"
          label={
            <>
              Players <span className="optional">(optional)</span>
            </>
          }
          type="number"
          inputMode="numeric"
          min="1"
          defaultValue={initial.playerCapacity ?? ''}
          problem={fieldProblem('playerCapacity')}
        />
      </div>
      <div className="field-row">
        <InputField
          id={`${id}-price`}
          name="price"
          label="Price per hour"
          type="number"
          inputMode="decimal"
          min="0"
          step="0.01"
          required
          defaultValue={(initial.hourlyRate.amount / 100).toFixed(2)}
          problem={fieldProblem('amount')}
        />
        <InputField
          id={`${id}-currency`}
          name="currency"
          label="Currency"
          required
          maxLength={3}
          autoCapitalize="characters"
          defaultValue={initial.hourlyRate.currency}
          problem={fieldProblem('currency')}
        />
      </div>
      <InputField
        id={`${id}-amenities`}
        name="amenities"
        label={
          <>
            Amenities <span className="optional">(optional, separated by commas)</span>
          </>
        }
        defaultValue={initial.amenities.join(', ')}
        placeholder="e.g. showers, ball machine"
        problem={fieldProblem('amenities')}
      />
      <div className="field">
        <label htmlFor={`${id}-description`}>
          Description <span className="optional">(optional)</span>
        </label>
        <textarea
          id={`${id}-description`}
          name="description"
          rows={3}
          defaultValue={initial.description ?? ''}
          aria-invalid={fieldProblem('description') ? true : undefined}
          aria-describedby={`${id}-description-error`}
        />
        <FieldError id={`${id}-description-error`} problem={fieldProblem('description')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-photos`}>
          Photo addresses <span className="optional">(optional, https, one per line)</span>
        </label>
        <textarea
          id={`${id}-photos`}
          name="photoUrls"
          rows={2}
          defaultValue={initial.photoUrls.join('\n')}
          aria-invalid={fieldProblem('photoUrls') ? true : undefined}
          aria-describedby={`${id}-photos-error`}
        />
        <FieldError id={`${id}-photos-error`} problem={fieldProblem('photoUrls')} />
      </div>
      <BookingRulesFields rules={initial.bookingRules} fieldProblem={fieldProblem} />
      <button type="submit" className="button-primary" disabled={saving}>
        {saving ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
