import { useId } from 'react';

/** Which bookings a list shows: those not yet ended (from the page's opening on), or all. */
export type BookingsScope = 'coming' | 'all';

export function BookingsScopePicker({
  scope,
  onChange,
}: {
  scope: BookingsScope;
  onChange: (scope: BookingsScope) => void;
}) {
  const id = useId();
  return (
    <div className="field scope-field">
      <label htmlFor={`${id}-scope`}>Show</label>
      <select
        id={`${id}-scope`}
        value={scope}
        onChange={(event) => onChange(event.target.value === 'all' ? 'all' : 'coming')}
      >
        <option value="coming">Coming bookings</option>
        <option value="all">All, past ones too</option>
      </select>
    </div>
  );
}
