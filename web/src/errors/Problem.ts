/** An error as a person should read it: what happened and what to do next. */
export interface Problem {
  /** The API's `extensions.code` (or NETWORK when the API could not be reached). */
  code: string;
  message: string;
  /** For BAD_USER_INPUT: the input field the message is about, e.g. "name" or "currency". */
  field?: string;
  /** For BAD_USER_INPUT: the whole API path of `field`, e.g. "openingHours[2].closes". */
  path?: string;
  /** For a booking rule that refused (BAD_USER_INPUT): `extensions.rule`, e.g. MIN_NOTICE. */
  rule?: string;
  /** For TOO_MANY_REQUESTS and SERVICE_UNAVAILABLE: when a retry may work. */
  retryAfterSeconds?: number;
  /** The request's X-Request-Id, to quote when reporting a problem. */
  requestId?: string;
}
