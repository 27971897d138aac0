import { describe, expect, it } from 'vitest';
import { formatText } from '../../../shared/format/format-text';
import { DEFECT_FINDINGS, finding, reportOf } from './report-fixture';

const ESC = '\u001b[';

describe('formatText', () => {
  it('groups findings by file, package-level first under the widget path', () => {
    const text = formatText(reportOf(DEFECT_FINDINGS), { root: 'my-widget' });
    const lines = text.split('\n');
    const headers = lines.filter(
      (line) => line !== '' && !line.startsWith(' ') && !line.startsWith('✖') && !line.startsWith('Platform:') && !line.includes('remain to confirm'),
    );
    expect(headers).toEqual(['my-widget', 'my-widget/i18n/en.json', 'my-widget/images/logo.png', 'my-widget/manifest.json', 'my-widget/script.js']);
    expect(lines[3]).toMatch(/^ {2}warning {2}\.DS_Store is junk; pack leaves it out\. {2}package\/junk-file$/);
  });

  it('shows line:column, severity, locale, message and rule id on one line', () => {
    const text = formatText(reportOf(DEFECT_FINDINGS), { root: 'my-widget' });
    expect(text).toContain('  3:13  error  [en] The name is 34 characters; the store allows 30. Shorten "widget.name".  text/name-length');
    expect(text).toContain('  12:5  warning  eval() runs code from a string.  code/eval');
  });

  it('aligns the position and severity columns within a file', () => {
    const report = reportOf([
      finding({ ruleId: 'code/eval', severity: 'warning', message: 'short', file: 'script.js', line: 2, column: 1 }),
      finding({ ruleId: 'code/debug-leftover', message: 'a longer message', file: 'script.js', line: 120, column: 14 }),
    ]);
    const rows = formatText(report, { root: 'w' })
      .split('\n')
      .filter((line) => line.startsWith('  ') && /\d+:\d+/.test(line));
    expect(rows).toHaveLength(2);
    expect(rows[0].indexOf('warning')).toBe(rows[1].indexOf('error'));
    expect(rows[0]).toBe('  2:1     warning  short  code/eval');
    expect(rows[1]).toBe('  120:14  error    a longer message  code/debug-leftover');
  });

  it('summarises the counts with plurals', () => {
    const text = formatText(reportOf(DEFECT_FINDINGS), { root: 'w' });
    expect(text).toContain('✖ 5 problems (2 errors, 2 warnings, 1 info)');
    expect(text).not.toContain('ready for moderation');
    const one = formatText(reportOf([DEFECT_FINDINGS[1]]), { root: 'w' });
    expect(one).toContain('✖ 1 problem (1 error, 0 warnings, 0 infos)');
  });

  it('prints Russian messages, summary and manual checklist with lang ru, English by default', () => {
    const text = formatText(reportOf(DEFECT_FINDINGS), { root: 'w', lang: 'ru', showManual: true });
    expect(text).toMatch(/^ {2}3:13 {2}error {2}\[en\] Название содержит 34 символа; магазин допускает 30\. Сократите "widget\.name"\. {2}text\/name-length$/m);
    expect(text).not.toContain('The name is 34 characters');
    expect(text).toContain('✖ 5 проблем (2 ошибки, 2 предупреждения, 1 замечание)');
    expect(text).toContain('Проверьте вручную (это не может проверить ни одна программа):');
    expect(text).toContain('  Общее\n    ☐ Интеграция собирает только те данные, которые нужны для её работы.');
    expect(formatText(reportOf([DEFECT_FINDINGS[1]]), { root: 'w', lang: 'ru' })).toContain('✖ 1 проблема (1 ошибка, 0 предупреждений, 0 замечаний)');
    const clean = formatText(reportOf([DEFECT_FINDINGS[3]]), { root: 'w', lang: 'ru' });
    expect(clean).toContain('✔ готово к модерации: проблем по чек-листу не найдено (выше 1 замечание для прочтения)');
    expect(formatText(reportOf(DEFECT_FINDINGS), { root: 'w' })).toContain('The name is 34 characters');
  });

  it('says ready for moderation when there are no errors or warnings, and still lists the manual checklist', () => {
    const clean = formatText(reportOf([]), { root: 'w' });
    expect(clean.split('\n')[2]).toBe('✔ ready for moderation: no checklist problem found');
    expect(clean).toContain('To confirm by hand');
    expect(clean).toContain('The integration uses OAuth 2.0.');
    const infoOnly = formatText(reportOf([DEFECT_FINDINGS[3]]), { root: 'w' });
    expect(infoOnly).toContain('✔ ready for moderation');
    expect(infoOnly).toContain('1 info');
  });

  it('names files inside a zip and inside a nested root folder', () => {
    const report = reportOf([DEFECT_FINDINGS[2]]);
    expect(formatText(report, { root: 'widget.zip', sourceKind: 'zip' })).toContain('widget.zip › script.js\n');
    expect(formatText(report, { root: 'src/', nestedRoot: 'widget' })).toContain('src/widget/script.js\n');
  });

  it('uses colour only when asked', () => {
    expect(formatText(reportOf(DEFECT_FINDINGS), { root: 'w' })).not.toContain(ESC);
    const coloured = formatText(reportOf(DEFECT_FINDINGS), { root: 'w', color: true });
    expect(coloured).toContain(`${ESC}31merror`);
    expect(coloured).toContain(`${ESC}33mwarning`);
  });

  it('keeps one line per finding when a message has line breaks', () => {
    const report = reportOf([finding({ ruleId: 'code/eval', message: 'first\n  second', file: 'a.js', line: 1, column: 1 })]);
    expect(formatText(report, { root: 'w', hideManual: true })).toContain('first second');
  });

  it('can leave out the manual checklist', () => {
    expect(formatText(reportOf([]), { root: 'w', hideManual: true })).not.toContain('To confirm by hand');
  });
});

describe('formatText: advice, repeats, platform and the manual checklist', () => {
  const bom = finding({
    ruleId: 'file/bom',
    message: 'script.js starts with a UTF-8 byte-order mark',
    messageRu: 'script.js начинается с метки порядка байтов UTF-8',
    file: 'script.js',
    line: 1,
    column: 1,
    help: { en: 'Save it as UTF-8 without BOM.', ru: 'Сохраните его в UTF-8 без BOM.' },
    actions: [{ kind: 'fix-text-files' }],
  });

  it('puts the advice and the command on an indented help line under a short first line', () => {
    const lines = formatText(reportOf([bom]), { root: 'my widget' }).split('\n');
    const row = lines.indexOf('  1:1  error  script.js starts with a UTF-8 byte-order mark  file/bom');
    expect(row).toBeGreaterThan(0);
    expect(lines[row + 1]).toBe("              help: Save it as UTF-8 without BOM. From the terminal: run `widget-publisher fix 'my widget'`.");
    const zip = formatText(reportOf([bom]), { root: 'widget.zip', sourceKind: 'zip', lang: 'ru' });
    expect(zip).toContain('help: Сохраните его в UTF-8 без BOM. В терминале: выполните `widget-publisher fix <folder>`.');
  });

  it('names settings and files for the terminal: root selectors, ignore, vendor, platform', () => {
    const actions = [
      finding({ ruleId: 'css/global-selector', message: 'a', file: 'style.css', line: 2, column: 1, actions: [{ kind: 'set-config', key: 'css.rootSelectors' }] }),
      finding({ ruleId: 'package/junk-file', message: 'b', file: 'notes.log', actions: [{ kind: 'delete-file', path: 'notes.log' }, { kind: 'ignore-file', path: 'notes.log' }] }),
      finding({ ruleId: 'code/minified', message: 'c', file: 'lib/x.js', actions: [{ kind: 'set-config', key: 'vendor', value: 'lib/x.js' }] }),
      finding({ ruleId: 'manifest/locale', message: 'd', file: 'manifest.json', line: 4, column: 5, actions: [{ kind: 'set-config', key: 'platform', value: 'kommo' }] }),
    ];
    const text = formatText(reportOf(actions), { root: 'w' });
    expect(text).toContain('help: From the terminal: set "css": { "rootSelectors": ["#your_root"] } in widget-publisher.json.');
    expect(text).toContain('help: From the terminal: add "notes.log" to "ignore" in widget-publisher.json.');
    expect(text).toContain('help: From the terminal: add "lib/x.js" to "vendor" in widget-publisher.json.');
    expect(text).toContain('help: From the terminal: check with `--platform kommo` or set "platform": "kommo" in widget-publisher.json.');
  });

  it('folds the repeats of one rule in one file into a line with how many more and where', () => {
    const logs = Array.from({ length: 72 }, (_, index) =>
      finding({ ruleId: 'code/debug-leftover', severity: 'warning', message: 'console.log is debug output', file: 'app.js', line: index + 1, column: 1, help: { en: 'Remove it.', ru: 'Удалите его.' } }),
    );
    const other = finding({ ruleId: 'code/eval', severity: 'warning', message: 'eval() runs code', file: 'app.js', line: 5, column: 3 });
    const lines = formatText(reportOf([...logs, other]), { root: 'w' }).split('\n');
    expect(lines.filter((line) => line.includes('console.log is debug output'))).toHaveLength(3);
    expect(lines.filter((line) => line.includes('help: Remove it.'))).toHaveLength(1);
    // Under the messages, where help lines start: two spaces, the widest shown position (3:1), two, the severity (warning), two.
    expect(lines).toContain(`${' '.repeat(16)}… and 69 more (code/debug-leftover): lines 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, …`);
    expect(lines.some((line) => line.includes('eval() runs code  code/eval'))).toBe(true);
    // Four findings fold nothing: a line "and 1 more" would be longer than the finding itself.
    const four = formatText(reportOf(logs.slice(0, 4)), { root: 'w' });
    expect(four).not.toContain('more (code/debug-leftover)');
    expect(four.split('\n').filter((line) => line.includes('console.log is debug output'))).toHaveLength(4);
  });

  it('says which platform was used and why, in the report language', () => {
    const report = { ...reportOf([bom]), platform: 'kommo' as const, platformSource: 'detected' as const, platformReasons: [{ en: 'it has the locale es, which only Kommo offers', ru: 'в нём есть локаль es, которая есть только в Kommo' }] };
    expect(formatText(report, { root: 'w' }).split('\n')[0]).toBe('Platform: Kommo (detected: it has the locale es, which only Kommo offers)');
    expect(formatText(report, { root: 'w', lang: 'ru' }).split('\n')[0]).toBe('Платформа: Kommo (определена по виджету: в нём есть локаль es, которая есть только в Kommo)');
  });

  it('prints the manual checklist whole only on a clean widget or when asked, else one line', () => {
    const defective = formatText(reportOf([bom]), { root: 'w' });
    expect(defective).not.toContain('To confirm by hand');
    expect(defective).toMatch(/\n16 checklist items remain to confirm by hand: add --manual to see them\.\n$/);
    expect(formatText(reportOf([bom]), { root: 'w', lang: 'ru' })).toContain('Ещё 16 пунктов чек-листа нужно подтвердить вручную: добавьте --manual, чтобы увидеть их.');
    const asked = formatText(reportOf([bom]), { root: 'w', showManual: true });
    expect(asked).toContain('To confirm by hand');
    expect(asked).toContain('The integration uses OAuth 2.0.');
    expect(formatText(reportOf([]), { root: 'w' })).toContain('To confirm by hand');
    expect(formatText(reportOf([bom]), { root: 'w', hideManual: true })).not.toContain('checklist items remain');
  });
});
