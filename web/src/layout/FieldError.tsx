import type { Problem } from '../errors/Problem';

/** The message for one form field; its id is the field's aria-describedby. */
export function FieldError({ id, problem }: { id: string; problem: Problem | undefined }) {
  return (
    <p id={id} className="field-error" role={problem ? 'alert' : undefined}>
      {problem?.message}
    </p>
  );
}
