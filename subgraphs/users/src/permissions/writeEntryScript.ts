/**
 * Applies one permission-cache write only if its revision is newer than the last applied one.
 * KEYS[1] entry key, KEYS[2] revision key; ARGV[1] revision (decimal), ARGV[2] the entry's JSON
 * or '' to delete the entry. Returns 1 when applied, 0 when a newer write was already there.
 * One script, so the compare and the write are atomic in Redis.
 */
export const WRITE_ENTRY_SCRIPT = `
local applied = tonumber(redis.call('GET', KEYS[2]) or '0')
local rev = tonumber(ARGV[1])
if applied >= rev then
  return 0
end
redis.call('SET', KEYS[2], ARGV[1])
if ARGV[2] == '' then
  redis.call('DEL', KEYS[1])
else
  redis.call('SET', KEYS[1], ARGV[2])
end
return 1
`;
