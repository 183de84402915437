/** A text field's value from a submitted form; '' when missing (files never occur here). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
