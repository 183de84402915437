/**
 * RFC 4122 / 9562 layout: version 1-8 and the 10xx variant. The nil and max UUIDs never name a
 * court or a user, so they fail too.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Takes `unknown` because ids also arrive inside federation representations (`_Any`), where a
 * client can send an array or an object: `RegExp.test` would stringify `["<uuid>"]` and pass it.
 */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
