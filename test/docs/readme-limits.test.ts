import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CONFIG_READ_LIMIT, IMAGE_LIMITS, PARSE_LIMITS, READ_LIMITS, REPORT_LIMITS, STALE_TEMP_FILE_MS } from '../../shared/platform/limits';

const MB = 1024 * 1024;
const mb = (bytes: number) => `${bytes / MB} MB`;
const count = (value: number) => value.toLocaleString('en-US');

/** The README's "Limits on what is read" table: the first cell of each row (what) mapped to its second (the limit). */
async function limitsTable(): Promise<Map<string, string>> {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Limits on what is read'), readme.indexOf('\n## ', readme.indexOf('## Limits on what is read') + 1));
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = line.split(' | ').map((cell) => cell.replace(/^\| ?| ?\|$/g, ''));
    if (cells.length === 3 && cells[0] !== 'What' && !cells[0].startsWith('---')) rows.set(cells[0], cells[1]);
  }
  return rows;
}

describe('README limits', () => {
  it('state the numbers of shared/platform/limits.ts, row by row', async () => {
    const json = PARSE_LIMITS.json;
    const css = PARSE_LIMITS.css;
    const expected: Record<string, string> = {
      'A zip file, a zip\'s declared unpacked size, or all files of a folder': mb(READ_LIMITS.maxTotalBytes),
      'One zip entry (unpacked) or one folder file': mb(READ_LIMITS.maxEntryBytes),
      [`Entry over ${mb(READ_LIMITS.ratioCheckFromBytes)} that compresses more than ${READ_LIMITS.maxCompressionRatio} times`]: '-',
      'Entries in a zip\'s table of contents, or files and folders in a widget folder': count(READ_LIMITS.maxEntries),
      'A binary file of a folder (not text, not an image)': `over ${mb(READ_LIMITS.skipBinaryBytesOver)}: read only when packed`,
      'manifest.json and each i18n file': `${mb(json.maxBytes)}, ${count(json.maxValues)} values, nested ${json.maxDepth} deep; ${count(json.maxTotalValues)} values all together`,
      'Each own stylesheet': `${mb(css.maxBytes)}, ${count(css.maxValues)} rules, declarations and selectors, nested ${css.maxDepth} deep; ${count(css.maxTotalValues)} all together`,
      'Each own script': `${count(PARSE_LIMITS.script.maxBytes)} bytes; ${count(PARSE_LIMITS.script.maxTotalBytes)} bytes all together`,
      'Each template (.twig, .html, .tpl) read for texts, leftovers and markup': `${mb(PARSE_LIMITS.template.maxBytes)}; ${mb(PARSE_LIMITS.template.maxTotalBytes)} all together`,
      '`widget-publisher.json`, and `manifest.json` when `slides --update-manifest` edits it': `${mb(CONFIG_READ_LIMIT.maxBytes)}, nested ${CONFIG_READ_LIMIT.maxDepth} deep; a regular file, never a link, pipe or device`,
      'A source image of `images` / `slides`': `${mb(IMAGE_LIMITS.sourceBytes)}, ${IMAGE_LIMITS.sourcePixels / 1_000_000} megapixels`,
      'Widget images decoded while checking': `${IMAGE_LIMITS.checkDecodePixels / 1_000_000} megapixels (larger ones: header only)`,
      'One `images` or `slides` run (an SVG filter can render for minutes)': `${IMAGE_LIMITS.renderDeadlineMs / 1000} s (\`WIDGET_PUBLISHER_RENDER_DEADLINE_MS\` lowers it)`,
      'Findings of one rule in one file, in every report and in the app': count(REPORT_LIMITS.maxFindingsPerRuleAndFile),
      'Temporary files of a killed run (`.<name>.<12 hex>.tmp`)': `removed when ${STALE_TEMP_FILE_MS / 60_000} minutes old, on the next write to the same file`,
    };
    expect(Object.fromEntries(await limitsTable())).toEqual(expected);
  });
});
