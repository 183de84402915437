import type { InputHTMLAttributes, ReactNode } from 'react';

import type { Problem } from '../errors/Problem';
import { FieldError } from './FieldError';

interface Props extends InputHTMLAttributes<HTMLInputElement> {
  /** Unique on the page: the input's id, and with "-error" its message's id. */
  id: string;
  label: ReactNode;
  problem: Problem | undefined;
  hint?: string;
}

/** A labelled input with its error (and hint) announced through aria-describedby. */
export function InputField({ id, label, problem, hint, ...input }: Props) {
  const describedBy = hint ? `${id}-hint ${id}-error` : `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      <FieldError id={`${id}-error`} problem={problem} />
    </div>
  );
}
