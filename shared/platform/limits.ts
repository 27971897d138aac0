/**
 * How much of a hostile input Widget Publisher is willing to read, parse, render or keep. Every limit
 * is checked before the expensive step and passing one is reported (a finding naming the file, or a
 * one-line error with exit code 2), never a crash or an endless wait. The README lists these numbers.
 * Each sits far above what a real widget needs: the largest public widgets we read have manifests of a
 * few kilobytes, i18n files under 100 KB, stylesheets under 500 KB and a few hundred files.
 */

const MB = 1024 * 1024;

/** What reading a widget folder or widget.zip may take in. */
export const READ_LIMITS = {
  /** A zip file, or the sum of a folder's files, or what a zip declares it unpacks to. */
  maxTotalBytes: 200 * MB,
  /** One file of a folder, or one zip entry once unpacked. */
  maxEntryBytes: 50 * MB,
  /** Entries the zip's table of contents may list, or files a folder may hold (folders and junk included). */
  maxEntries: 20_000,
  /** Entries above this unpacked size are refused when they also compress more than `maxCompressionRatio` times. */
  ratioCheckFromBytes: 5 * MB,
  maxCompressionRatio: 100,
  /** Binaries (not text, not images) above this size are read only when packed. */
  skipBinaryBytesOver: 5 * MB,
} as const;

/**
 * What the checker parses, per kind of file. A file past a limit is reported and not parsed; the rest of
 * the check goes on. `maxTotal*` bound all files of a kind together (files are taken in path order), so
 * a hundred files each just under the per-file limit cannot add up to gigabytes of syntax trees.
 */
export const PARSE_LIMITS = {
  /** manifest.json and i18n/*.json. */
  json: { maxBytes: 1 * MB, maxValues: 100_000, maxDepth: 64, maxTotalValues: 150_000 },
  /** The widget's own stylesheets: `maxValues` counts rules, declarations and selectors in a list. */
  css: { maxBytes: 2 * MB, maxValues: 100_000, maxDepth: 64, maxTotalValues: 150_000 },
  /** The widget's own scripts; nesting is bounded by the parser itself (reported as too deep). */
  script: { maxBytes: 2_000_000, maxTotalBytes: 2_000_000 },
  /**
   * Templates read for their texts (.twig, .html, .tpl): scanned, never turned into a tree, but every text
   * found is kept (100 templates of 1.9 MB took 3.2 GB), so all of them together are bounded too.
   */
  template: { maxBytes: 2 * MB, maxTotalBytes: 4 * MB },
} as const;

/** What one check reports. */
export const REPORT_LIMITS = {
  /**
   * Findings of one rule in one file listed one by one; the rest are counted in one more finding. 2 MB of
   * `debugger;` is 200,000 findings, which every output (SARIF: 270 MB) and the app would otherwise hold.
   */
  maxFindingsPerRuleAndFile: 1_000,
} as const;

/** widget-publisher.json, and manifest.json when a command edits it: read only when a regular file, up to this size. */
export const CONFIG_READ_LIMIT = { maxBytes: 1 * MB, maxDepth: PARSE_LIMITS.json.maxDepth } as const;

/** Images: how large a decode or a render may get, and how long it may take. */
export const IMAGE_LIMITS = {
  /** Widget images larger than this (pixels) get their header read but are not decoded while checking. */
  checkDecodePixels: 16_000_000,
  /** Image studio sources: pixels of a decode, and bytes of the file. */
  sourcePixels: 100_000_000,
  sourceBytes: 100 * MB,
  /** A CLI `images` or `slides` run is stopped after this long (an SVG filter can take minutes); a real run takes seconds. */
  renderDeadlineMs: 30_000,
} as const;

/** Temporary files Widget Publisher leaves behind when it is killed mid-write are removed once they are this old. */
export const STALE_TEMP_FILE_MS = 10 * 60 * 1000;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}
