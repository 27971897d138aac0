import type { GeneratedImage, StudioWarning } from './generated-image';

/** The table the CLI prints after making images: file, size in pixels, bytes, encoding. */
export function formatImageTable(files: readonly Pick<GeneratedImage, 'file' | 'width' | 'height' | 'bytes' | 'encoding'>[]): string {
  const rows = [
    ['file', 'size', 'bytes', 'encoding'],
    ...files.map((file) => [file.file, `${file.width}x${file.height}`, file.bytes.toLocaleString('en-US'), file.encoding]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const align = (row: string[]) =>
    row
      .map((cell, column) => (column === 2 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return `${rows.map(align).join('\n')}\n`;
}

/** The command line's words for what to do about a warning. */
const CLI_ADVICE: Record<NonNullable<StudioWarning['advice']>, string> = {
  'small-logo': 'Use --small <image>.',
  'jpeg-slides': 'Use --format jpeg for photos.',
};

export function formatWarnings(warnings: readonly StudioWarning[]): string {
  return warnings.map((warning) => `warning: ${warning.file}: ${warning.message}${warning.advice ? ` ${CLI_ADVICE[warning.advice]}` : ''}\n`).join('');
}
