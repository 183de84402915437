/**
 * scripts/test.mjs runs this folder under TZ=UTC and again under TZ=America/New_York. This
 * proves the variable really reached the process, so two green runs mean two different zones.
 */
describe('process time zone of this run', () => {
  it('is the one TZ names', () => {
    const expected = process.env.TZ;
    if (expected === undefined || expected === '') return;
    // Both resolved by ICU, which may name a link by its target (Asia/Kolkata, Asia/Calcutta).
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: expected }).resolvedOptions();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(resolved.timeZone);
  });
});
