/** The conventions every subgraph follows; the allow-list names them the same way. */
export const RULES = ['naming', 'description', 'connection', 'mutation-returns-object'] as const;
export type Rule = (typeof RULES)[number];

/** One place where a subgraph breaks a convention. */
export interface Violation {
  rule: Rule;
  /** Schema coordinate: `Type`, `Type.field`, `Type.field(arg:)` or `Enum.VALUE`. */
  coordinate: string;
  /** What is wrong and what to do, without the subgraph (added by the caller). */
  message: string;
}
