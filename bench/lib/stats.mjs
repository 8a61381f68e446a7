// The few statistics the report uses.

export function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile: always one of the measured values, never an interpolation. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
