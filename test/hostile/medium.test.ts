import { writeFileSync } from 'node:fs';
import { mkdir, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readWidget } from '../../electron/services/widget-reader';
import { saveZipAsFolder } from '../../electron/services/zip-to-folder';
import { formatText } from '../../shared/format/format-text';
import { terminalSafe } from '../../shared/format/terminal-safe';
import type { Finding } from '../../shared/model/finding';
import { READ_LIMITS, REPORT_LIMITS } from '../../shared/platform/limits';
import { craftZip, findingsOf, tempFolder, widgetFolder, useHostileCli } from './hostile-cli';

const cli = useHostileCli();

const ESC = '\u001b';
const CLEAR_SCREEN = `${ESC}[2J${ESC}[H`;
const encoder = new TextEncoder();

async function writeZip(entries: Parameters<typeof craftZip>[0]): Promise<{ work: string; zip: string }> {
  const work = await tempFolder();
  const zip = join(work, 'widget.zip');
  await writeFile(zip, craftZip(entries));
  return { work, zip };
}

describe('4. terminal escapes in input are printed as visible escapes', () => {
  it('a zip entry named with clear-screen codes cannot wipe the report or fake "ready"', async () => {
    const { work } = await writeZip([
      { name: 'manifest.json', data: encoder.encode('{}') },
      { name: `x${CLEAR_SCREEN}✔ ready for moderation.js`, data: encoder.encode('x') },
    ]);
    const result = cli().run(work, ['check', 'widget.zip']);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout).toContain('\\x1b[2J');
    expect(result.stdout).toMatch(/✖ \d+ problems/);
  });

  it('widget texts quoted in findings are escaped too', async () => {
    const folder = await widgetFolder({ 'i18n/en.json': { widget: { name: `Deals${ESC}[31m via Acme`, description: 'x', short_description: 'x' } } });
    const result = cli().run(folder, ['check', '.']);
    expect(result.stdout).not.toContain(ESC);
  });

  it('keeps line breaks only where asked', () => {
    expect(terminalSafe(`a\nb${ESC}\u202e`)).toBe('a\\x0ab\\x1b\\u202e');
    expect(terminalSafe(`a\nb`, { keepLineBreaks: true })).toBe('a\nb');
  });
});

describe('5. names with control characters are reported and left out', () => {
  it('zip entries with a newline, ESC or NUL are package/unsafe-entry errors, and never unpacked by "Save as folder"', async () => {
    const { work, zip } = await writeZip([
      { name: 'manifest.json', data: encoder.encode('{}') },
      { name: 'a\nb.js', data: encoder.encode('1') },
      { name: `c${ESC}.js`, data: encoder.encode('2') },
      { name: 'd\u0000.js', data: encoder.encode('3') },
      { name: 'fine.js', data: encoder.encode('4') },
    ]);
    const result = cli().run(work, ['check', 'widget.zip']);
    expect(result.code).toBe(1);
    expect(findingsOf(result.stdout, 'package/unsafe-entry').filter((line) => /control character/.test(line))).toHaveLength(3);
    const target = join(work, 'saved');
    const saved = await saveZipAsFolder(zip, target, { texts: [], images: [], renames: [] });
    expect((await readdir(target)).sort()).toEqual(['fine.js', 'manifest.json']);
    expect(saved.skipped).toHaveLength(3);
  });

  it('a folder file named with ESC is reported and not packed', async () => {
    const folder = await widgetFolder({ [`evil${ESC}[2J.js`]: 'x' });
    const check = cli().run(folder, ['check', '.']);
    expect(findingsOf(check.stdout, 'package/unsafe-entry').join('\n')).toMatch(/control character/);
    const pack = cli().run(folder, ['pack', '.', '-o', '-', '--force']);
    const zip = await JSZip.loadAsync(pack.stdoutBytes);
    expect(Object.keys(zip.files).some((name) => name.includes(ESC))).toBe(false);
  });
});

describe('6. an archive cannot configure its own check', () => {
  it('a zip turning package/unsafe-entry off still gets the zip-slip error, and its config is an error finding', async () => {
    const { work } = await writeZip([
      { name: 'manifest.json', data: encoder.encode('{}') },
      { name: 'widget-publisher.json', data: encoder.encode(JSON.stringify({ rules: { 'package/unsafe-entry': 'off', 'package/junk-file': 'off' }, ignore: ['**'] })) },
      { name: '../../evil.sh', data: encoder.encode('rm -rf ~') },
    ]);
    const result = cli().run(work, ['check', 'widget.zip']);
    expect(result.code).toBe(1);
    expect(findingsOf(result.stdout, 'package/unsafe-entry').join('\n')).toMatch(/evil\.sh/);
    expect(findingsOf(result.stdout, 'package/junk-file').join('\n')).toMatch(/widget-publisher\.json.*test credentials/);
    expect(result.stdout).not.toMatch(/ready for moderation/);
  });
});

describe('7. message -o into the widget folder', () => {
  it('is refused like pack -o, and nothing is written', async () => {
    const folder = await widgetFolder();
    const before = await readdir(folder);
    const result = cli().run(folder, ['message', '.', '-o', 'request.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/inside the widget folder/);
    expect(await readdir(folder)).toEqual(before);
  });
});

describe("8. the tool's own temporary files", () => {
  it('are reported as errors, listed as left out and never packed', async () => {
    const folder = await widgetFolder({ '.script.js.0123456789ab.tmp': 'half a file' });
    const check = cli().run(folder, ['check', '.']);
    expect(check.code).toBe(1);
    const junk = findingsOf(check.stdout, 'package/junk-file').join('\n');
    expect(junk).toMatch(/error.*\.script\.js\.0123456789ab\.tmp.*interrupted Widget Publisher run/);
    const pack = cli().run(folder, ['pack', '.', '-o', '-', '--force']);
    expect(Object.keys((await JSZip.loadAsync(pack.stdoutBytes)).files)).not.toContain('.script.js.0123456789ab.tmp');
  });

  it('a stale temp file of a killed pack beside the output is removed on the next pack; a fresh one is kept', async () => {
    const folder = await widgetFolder();
    const out = join(folder, '..');
    const stale = join(out, '.widget.zip.aaaaaaaaaaaa.tmp');
    const fresh = join(out, '.widget.zip.bbbbbbbbbbbb.tmp');
    await writeFile(stale, 'left by kill -9');
    await writeFile(fresh, 'another pack still writing');
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    await utimes(stale, hourAgo, hourAgo);
    const result = cli().run(folder, ['pack', '.', '--force']);
    expect(result.code).toBe(0);
    const names = await readdir(out);
    expect(names).not.toContain('.widget.zip.aaaaaaaaaaaa.tmp');
    expect(names).toContain('.widget.zip.bbbbbbbbbbbb.tmp');
    expect(names).toContain('widget.zip');
  });
});

describe('9. entry count', () => {
  it('a zip listing more entries than the limit is refused from its table of contents, quickly', async () => {
    const count = READ_LIMITS.maxEntries + 1;
    const entries = Array.from({ length: count }, (_, index) => ({ name: `f${index}`, method: 0 }));
    const { work } = await writeZip([{ name: 'manifest.json', data: encoder.encode('{}') }, ...entries]);
    const result = cli().run(work, ['check', 'widget.zip'], { heapMb: 256, timeoutMs: 30_000 });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`Archive "widget.zip" was not read \\(the archive lists ${count + 1} entries, over the limit of ${READ_LIMITS.maxEntries}`));
    expect(result.stdout).not.toMatch(/Zip entry "widget\.zip"/);
  });

  it('a folder holding more files than the limit is refused', async () => {
    const folder = await tempFolder();
    await mkdir(join(folder, 'many'));
    await writeFile(join(folder, 'manifest.json'), '{}');
    for (let index = 0; index < READ_LIMITS.maxEntries + 10; index += 1) writeFileSync(join(folder, 'many', `f${index}.txt`), '');
    const { snapshot } = await readWidget(folder);
    expect(snapshot.files).toEqual([]);
    expect(snapshot.unsafeEntries[0].detail).toMatch(/more than 20000 files/);
  });
});

describe('10. deep nesting', () => {
  const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;

  it('manifest.json, an i18n file or a stylesheet nested thousands deep is a finding naming the file', async () => {
    const folder = await widgetFolder({ 'manifest.json': deep, 'i18n/en.json': deep, 'style.css': `${'.acme-deals{'.repeat(5000)}${'}'.repeat(5000)}` });
    const result = cli().run(folder, ['check', '.']);
    expect(result.code).toBe(1);
    const limits = findingsOf(result.stdout, 'file/parse-limit').join('\n');
    for (const file of ['manifest.json', 'i18n/en.json', 'style.css']) expect(limits).toContain(`${file} was not checked: it nests too deeply (5000 levels, the limit is 64)`);
    expect(result.stdout + result.stderr).not.toMatch(/call stack|could not run/);
  });

  it('a config nested thousands deep stops with exit 2 saying so', async () => {
    const folder = await widgetFolder({ 'widget-publisher.json': `{"x": ${deep}}` });
    const result = cli().run(folder, ['check', '.']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/widget-publisher\.json:1:1: the file nests too deeply/);
  });
});

describe('11. many findings in one file', () => {
  it('the text report prints 200,000 findings of one file', () => {
    // 50,000 rules with 4 findings each: few enough per rule that every one is printed, not folded into "… and N more".
    const findings: Finding[] = Array.from({ length: 200_000 }, (_, index) => ({
      ruleId: `x/y${index % 50_000}`,
      severity: 'error',
      message: 'm',
      messageRu: 'м',
      file: 'a.js',
      line: 1 + Math.floor(index / 50_000),
      column: 1,
      locale: null,
    }));
    const text = formatText({ platform: 'amocrm', platformSource: 'default', platformReasons: [], findings, summary: { errors: findings.length, warnings: 0, infos: 0 }, manual: [] }, { root: '.' });
    expect(text.split('\n').length).toBeGreaterThan(200_000);
  });

  it('a 1.8 MB one-line script with 199,000 findings is checked in bounded time and memory; each output lists the first ones and counts the rest', async () => {
    // Each finding once looked for its line from the start of the file (minutes), and SARIF of all of them took 1.4 GB.
    const folder = await widgetFolder({ 'script.js': 'debugger;'.repeat(199_000) });
    const text = cli().run(folder, ['check', '.', '--no-ocr'], { heapMb: 384 });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/… and 198997 more \(code\/debug-leftover\)/);
    expect(text.stdout).toMatch(/✖ 199\d{3} problems \(199\d{3} errors/);
    const sarif = cli().run(folder, ['check', '.', '--no-ocr', '--format', 'sarif'], { heapMb: 384 });
    const results = (JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ ruleId: string; message: { text: string } }> }> }).runs[0].results;
    const debug = results.filter((result) => result.ruleId === 'code/debug-leftover');
    expect(debug).toHaveLength(REPORT_LIMITS.maxFindingsPerRuleAndFile + 1);
    expect(debug.at(-1)?.message.text).toMatch(/^198000 more code\/debug-leftover findings in script\.js/);
  });
});

describe('12. SVG filters past the render deadline', () => {
  it('images gives up with exit 2 and writes nothing', async () => {
    const work = await tempFolder();
    await writeFile(
      join(work, 'logo.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="2000"><filter id="f"><feMorphology operator="dilate" radius="100000"/></filter><rect width="2000" height="2000" filter="url(#f)"/></svg>',
    );
    const result = cli().run(work, ['images', 'logo.svg', '--out', 'out'], { env: { WIDGET_PUBLISHER_RENDER_DEADLINE_MS: '1500' }, timeoutMs: 30_000 });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/images stopped: rendering took longer than 2 s, so nothing was written/);
    expect(await stat(join(work, 'out')).catch(() => null)).toBeNull();
  });
});
