import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertSarifShape } from '../../shared/format/sarif-shape';
import { copyFolder, initWidget, run, tempFolder } from './cli-harness';

/** Several defects a developer really ships: BOM, CRLF, a long name, a missing logo, Finder junk. */
async function breakWidget(folder: string): Promise<void> {
  const script = await readFile(join(folder, 'script.js'));
  await writeFile(join(folder, 'script.js'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), script]));
  const style = await readFile(join(folder, 'style.css'), 'utf8');
  await writeFile(join(folder, 'style.css'), style.replace(/\n/g, '\r\n'));
  const en = JSON.parse(await readFile(join(folder, 'i18n/en.json'), 'utf8'));
  en.widget.name = 'Deals to Telegram and WhatsApp via Acme Corporation';
  await writeFile(join(folder, 'i18n/en.json'), `${JSON.stringify(en, null, 2)}\n`);
  await rm(join(folder, 'images/logo_min.png'));
  await writeFile(join(folder, '.DS_Store'), 'junk');
  await writeFile(join(folder, 'style.css'), `${style}input { border: 0; }\n`.replace(/\n/g, '\r\n'));
}

describe('widget-publisher check', () => {
  let work: Awaited<ReturnType<typeof tempFolder>>;
  let good: string;
  let bad: string;

  beforeAll(async () => {
    work = await tempFolder();
    good = await initWidget(work.path, 'good');
    bad = join(work.path, 'bad');
    await copyFolder(good, bad);
    await breakWidget(bad);
  });
  afterAll(async () => work.remove());

  it('exits 1 on a defective widget and prints findings a person can act on, grouped by file', async () => {
    const result = await run(work.path, ['check', 'bad']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const out = result.stdout;
    expect(out).toMatch(/^bad\/\.DS_Store\n {2}warning {2}.*\.DS_Store.* {2}package\/junk-file$/m);
    expect(out).toMatch(/^bad\/script\.js\n {2}1:1 {2}error {2}script\.js starts with a UTF-8 byte-order mark \(BOM, bytes EF BB BF\) {2}file\/bom\n {14}help: .*UTF-8 without BOM\. From the terminal: run `widget-publisher fix bad`\.$/m);
    expect(out).toMatch(/^Platform: amoCRM \(/);
    expect(out).toContain('checklist items remain to confirm by hand: add --manual to see them.');
    expect(out).not.toContain('To confirm by hand');
    expect(out).toMatch(/^bad\/style\.css\n {2}1:1 +error {2}.*CRLF.* {2}file\/crlf$/m);
    expect(out).toMatch(/^bad\/i18n\/en\.json\n {2}\d+:\d+ {2}error {2}\[en\] .*51 characters.* {2}text\/name-length$/m);
    expect(out).toMatch(/^bad\/images\/logo_min\.png\n {2}error {2}.*84x84.* {2}image\/missing$/m);
    expect(out).toMatch(/✖ \d+ problems \(\d+ errors, 1 warning, \d+ infos?\)/);
    expect(out).toContain('remain to confirm by hand');
    expect(out).not.toContain('\u001b[');
  });

  it('keeps the first line of each finding within 120 columns, the advice on the help: line under it', async () => {
    const { stdout } = await run(work.path, ['check', 'bad']);
    const firstLines = stdout.split('\n').filter((line) => / {2}(error|warning|info) {2}/.test(line));
    expect(firstLines.map((line) => line.replace(/ {2}\S+$/, ''))).toContain('  11:1  error  Global selector "input": it also styles amoCRM\'s own elements, not only your widget');
    expect(firstLines.length).toBeGreaterThanOrEqual(5);
    for (const line of firstLines) expect(line.length, line).toBeLessThanOrEqual(120);
    expect(stdout).toMatch(/css\/global-selector\n {15}help: Start it with your widget's root/);
    const russian = (await run(work.path, ['check', 'bad', '--lang', 'ru'])).stdout.split('\n').filter((line) => / {2}(error|warning|info) {2}/.test(line));
    expect(russian).toHaveLength(firstLines.length);
    for (const line of russian) expect(line.length, line).toBeLessThanOrEqual(120);
  });

  it('prints JSON with exactly the documented keys', async () => {
    const result = await run(work.path, ['check', 'bad', '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['tool', 'platform', 'platformSource', 'findings', 'summary', 'manual']);
    expect(Object.keys(report.tool)).toEqual(['name', 'version']);
    expect(report.tool.name).toBe('widget-publisher');
    expect(report.tool.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Object.keys(report.summary)).toEqual(['errors', 'warnings', 'infos']);
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual(['ruleId', 'severity', 'message', 'file', 'line', 'column', 'locale', 'help']);
    }
    const ruleIds = report.findings.map((finding: { ruleId: string }) => finding.ruleId);
    expect(ruleIds).toEqual(expect.arrayContaining(['file/bom', 'file/crlf', 'text/name-length', 'image/missing', 'package/junk-file']));
    expect(report.findings.find((finding: { ruleId: string }) => finding.ruleId === 'text/name-length')).toMatchObject({
      file: 'i18n/en.json',
      locale: 'en',
    });
  });

  it('prints the whole manual checklist with --manual even when problems remain', async () => {
    const result = await run(work.path, ['check', 'bad', '--manual']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('To confirm by hand (no program can check these):');
    expect(result.stdout).toContain('The integration uses OAuth 2.0.');
    expect(result.stdout).not.toContain('remain to confirm by hand');
  });

  it('prints the text report in Russian with --lang ru, and only the text report', async () => {
    const result = await run(work.path, ['check', 'bad', '--lang', 'ru']);
    expect(result.code).toBe(1);
    const out = result.stdout;
    expect(out).toMatch(/^bad\/script\.js\n {2}1:1 {2}error {2}script\.js начинается с метки порядка байтов UTF-8 \(BOM, байты EF BB BF\) {2}file\/bom\n {14}help: .*В терминале: выполните `widget-publisher fix bad`\.$/m);
    expect(out).toMatch(/^bad\/style\.css\n {2}1:1 +error {2}Окончания строк Windows \(CRLF\) — \d+ строк.* {2}file\/crlf$/m);
    expect(out).toMatch(/^bad\/i18n\/en\.json\n {2}\d+:\d+ {2}error {2}\[en\] Название для локали en: 51 символ, а amoCRM допускает не больше 30 {2}text\/name-length\n {15}help: Сократите на 21 символ: /m);
    expect(out).toMatch(/✖ \d+ (проблема|проблемы|проблем) \(\d+ (ошибка|ошибки|ошибок), 1 предупреждение, \d+ (замечание|замечания|замечаний)\)/);
    expect(out).toContain('нужно подтвердить вручную: добавьте --manual');
    expect(out).not.toContain('Shorten it by');

    const english = await run(work.path, ['check', 'bad']);
    expect(english.stdout).toContain('help: Shorten it by 21: ');
    const json = await run(work.path, ['check', 'bad', '--format', 'json', '--lang', 'ru']);
    expect(json.stdout).not.toContain('messageRu');
    const report = JSON.parse(json.stdout);
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual(['ruleId', 'severity', 'message', 'file', 'line', 'column', 'locale', 'help']);
      expect(finding.message).not.toMatch(/\p{Script=Cyrillic}/u);
    }
    expect(report.findings.find((finding: { ruleId: string }) => finding.ruleId === 'file/bom').message).toMatch(/^script\.js starts with a UTF-8 byte-order mark/);
    const sarif = await run(work.path, ['check', 'bad', '--format', 'sarif', '--lang', 'ru']);
    expect(sarif.stdout).not.toContain('messageRu');
    expect(sarif.stdout).not.toContain('метки порядка байтов');
    expect((await run(work.path, ['check', 'bad', '--lang', 'de'])).code).toBe(2);
  });

  it('prints SARIF 2.1.0 with levels, rule indexes and paths relative to the working folder', async () => {
    const result = await run(work.path, ['check', 'bad', '--format', 'sarif']);
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout);
    assertSarifShape(log);
    const results = log.runs[0].results as Array<{ ruleId: string; level: string; locations?: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
    const byRule = (id: string) => results.find((item) => item.ruleId === id);
    expect(byRule('file/bom')?.level).toBe('error');
    expect(byRule('package/junk-file')?.level).toBe('warning');
    expect(byRule('file/bom')?.locations?.[0].physicalLocation.artifactLocation.uri).toBe('bad/script.js');
  });

  it('exits 0 on a clean widget, and --max-warnings turns warnings into exit 1', async () => {
    expect((await run(work.path, ['check', 'good'])).code).toBe(0);
    const withJunk = join(work.path, 'junk-only');
    await copyFolder(good, withJunk);
    await writeFile(join(withJunk, 'Thumbs.db'), 'junk');
    const lenient = await run(work.path, ['check', 'junk-only']);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('✖ 1 problem (0 errors, 1 warning, 0 infos)');
    const strict = await run(work.path, ['check', 'junk-only', '--max-warnings', '0']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('Too many warnings: 1, and --max-warnings allows 0.');
    expect((await run(work.path, ['check', 'junk-only', '--max-warnings', '1'])).code).toBe(0);
  });

  it('exits 2 with a clear message for a path that does not exist, never a stack trace', async () => {
    const result = await run(work.path, ['check', 'no-such-widget']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no-such-widget');
    expect(result.stderr).toMatch(/no such file or folder/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a bad config file, naming its line', async () => {
    const folder = join(work.path, 'bad-config');
    await copyFolder(good, folder);
    await writeFile(join(folder, 'widget-publisher.json'), '{\n  "platform": "amo"\n}\n');
    const result = await run(work.path, ['check', 'bad-config']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('widget-publisher.json:2:');
    expect(result.stderr).toContain('platform');
  });

  it('exits 2 for bad arguments', async () => {
    const format = await run(work.path, ['check', 'good', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('text, json, sarif');
    const warnings = await run(work.path, ['check', 'good', '--max-warnings', '-1']);
    expect(warnings.code).toBe(2);
    expect((await run(work.path, ['check'])).code).toBe(2);
    expect((await run(work.path, ['check', 'good', '--platform', 'bitrix'])).code).toBe(2);
    expect((await run(work.path, ['frobnicate'])).code).toBe(2);
  });

  it('lets --platform win over the config file', async () => {
    const result = await run(work.path, ['check', 'good', '--platform', 'kommo', '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.platform).toBe('kommo');
    // Kommo offers no Russian locale: the amoCRM widget is not ready for Kommo.
    expect(result.code).toBe(1);
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'manifest/locale', severity: 'error', locale: 'ru' }));
  });

  it('colours the text only on a terminal without NO_COLOR', async () => {
    expect((await run(work.path, ['check', 'bad'], { tty: true })).stdout).toContain('\u001b[31m');
    expect((await run(work.path, ['check', 'bad'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('prints the version and help with examples', async () => {
    const version = await run(work.path, ['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = await run(work.path, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    const checkHelp = await run(work.path, ['check', '--help']);
    expect(checkHelp.stdout).toContain('--max-warnings');
    expect(checkHelp.stdout).toMatch(/--lang <lang>\s+language of the text report/);
    expect(checkHelp.stdout).toContain('"en", "ru"');
    expect(checkHelp.stdout).toContain('widget-publisher check ./my-widget');
  });
});
