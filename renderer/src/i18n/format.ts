/** Formatting that follows the UI language (numbers, sizes, relative times). */

export function formatBytes(bytes: number, language: string): string {
  const units = language === 'ru' ? ['Б', 'КБ', 'МБ'] : ['B', 'KB', 'MB'];
  if (bytes < 1000) return `${bytes} ${units[0]}`;
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  if (bytes < 1_000_000) return `${format.format(bytes / 1000)} ${units[1]}`;
  return `${format.format(bytes / 1_000_000)} ${units[2]}`;
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "5 minutes ago", "вчера": the largest unit that keeps the number readable. */
export function formatRelativeTime(iso: string, language: string, now: Date = new Date()): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return '';
  let value = (then.getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(value) < size) return format.format(Math.round(value), unit);
    value /= size;
  }
  return format.format(Math.round(value), 'year');
}

/** A long path with its middle left out, keeping the folder name readable. */
export function shortenPath(path: string, max = 64): string {
  if (path.length <= max) return path;
  const keepEnd = Math.ceil(max * 0.6);
  const keepStart = max - keepEnd - 1;
  return `${path.slice(0, keepStart)}…${path.slice(path.length - keepEnd)}`;
}
