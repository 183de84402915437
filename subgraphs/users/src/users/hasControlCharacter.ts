// Unicode category Cc: C0 controls, DEL and C1 controls. PostgreSQL refuses NUL in text, and
// the others corrupt logs and layouts wherever a value is shown.
const CONTROL_CHARACTER = /\p{Cc}/u;

/** Whether free text holds a control character; every validator refuses such input. */
export function hasControlCharacter(value: string): boolean {
  return CONTROL_CHARACTER.test(value);
}
