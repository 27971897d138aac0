import { describe, expect, it } from 'vitest';
import { formatText } from '../../../shared/format/format-text';
import { DEFECT_FINDINGS, finding, reportOf } from './report-fixture';

const ESC = '\u001b[';

describe('formatText', () => {
  it('groups findings by file, package-level first under the widget path', () => {
    const text = formatText(reportOf(DEFECT_FINDINGS), { root: 'my-widget' });
    const lines = text.split('\n');
    const headers = lines.filter((line) => line !== '' && !line.startsWith(' ') && !line.startsWith('✖') && !line.startsWith('To confirm'));
    expect(headers).toEqual(['my-widget', 'my-widget/i18n/en.json', 'my-widget/images/logo.png', 'my-widget/manifest.json', 'my-widget/script.js']);
    expect(lines[1]).toMatch(/^ {2}warning {2}\.DS_Store is junk; pack leaves it out\. {2}package\/junk-file$/);
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
    const text = formatText(reportOf(DEFECT_FINDINGS), { root: 'w', lang: 'ru' });
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
    expect(clean.startsWith('✔ ready for moderation')).toBe(true);
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
