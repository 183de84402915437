const MS_PER_HOUR = 3_600_000n;

/**
 * The price of playing from `start` to `end` at an hourly rate in minor units (cents):
 * rate x real elapsed time / 1 hour, rounded half up to a whole minor unit. Elapsed time, not
 * wall time: a booking from 01:00 to 03:00 on the night clocks go back from 03:00 to 02:00
 * lasts three hours and costs three hours; on the night they jump forward it lasts one.
 * Computed on BigInt so that no rate or length loses precision.
 */
export function priceForInterval(hourlyRateMinorUnits: number, start: Date, end: Date): number {
  if (!Number.isSafeInteger(hourlyRateMinorUnits) || hourlyRateMinorUnits < 0) {
    throw new RangeError('hourlyRateMinorUnits must be a whole number of minor units, 0 or more.');
  }
  const elapsedMs = end.getTime() - start.getTime();
  if (!Number.isSafeInteger(elapsedMs) || elapsedMs <= 0) {
    throw new RangeError('A priced interval must end after it starts.');
  }
  const numerator = BigInt(hourlyRateMinorUnits) * BigInt(elapsedMs);
  const price = (numerator + MS_PER_HOUR / 2n) / MS_PER_HOUR;
  return Number(price);
}
