// How the benchmark writes its figures: sizes in units of 1,000 bytes, times in milliseconds.

export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/** A site's or a file's size, in the largest unit that keeps it above 1. */
export function bytesText(bytes) {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(bytes < 1e10 ? 2 : 0)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return kb(bytes);
}

export const ms = (value) => (value == null ? 'not measured' : `${Math.round(value).toLocaleString('en')} ms`);

export function duration(milliseconds) {
  const seconds = Math.round(milliseconds / 1000);
  if (seconds < 120) return `${seconds} s`;
  if (seconds >= 7200) return `${(seconds / 3600).toFixed(1)} h`;
  return seconds % 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds / 60} min`;
}

export const times = (ratio) => (ratio == null || !Number.isFinite(ratio) ? '–' : `${ratio.toFixed(2)}×`);

/** A layout-shift score: small nonzero ones keep two significant digits, so as not to read as 0. */
export function clsText(value) {
  if (value === 0 || value >= 0.001) return value.toFixed(3);
  return value.toPrecision(2);
}
