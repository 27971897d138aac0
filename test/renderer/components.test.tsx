import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { RecentProject } from '../../shared/ipc/types';
import { ProgressBar } from '../../renderer/src/components/ProgressBar';
import { initI18n } from '../../renderer/src/i18n/i18n';
import { FindingGroupCard } from '../../renderer/src/project/FindingGroupCard';
import { FindingsReport } from '../../renderer/src/project/FindingsReport';
import { groupFindingsByFile } from '../../renderer/src/project/group-findings';
import { RecentProjectList } from '../../renderer/src/start/RecentProjectList';

async function render(element: React.ReactElement, language: 'en' | 'ru' = 'en'): Promise<string> {
  const i18n = await initI18n(language);
  return renderToStaticMarkup(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);
}

describe('renderer components', () => {
  it('shows a finding\'s advice in the UI language and what the app does about it, never a command line', async () => {
    const [group] = groupFindingsByFile([
      {
        ruleId: 'file/bom',
        severity: 'error',
        message: 'script.js starts with a UTF-8 byte-order mark (BOM, bytes EF BB BF)',
        messageRu: 'script.js начинается с метки порядка байтов UTF-8 (BOM, байты EF BB BF)',
        file: 'script.js',
        line: 1,
        column: 1,
        locale: null,
        help: { en: 'Save it as UTF-8 without BOM.', ru: 'Сохраните его в UTF-8 без BOM.' },
        actions: [{ kind: 'fix-text-files' }, { kind: 'set-config', key: 'css.rootSelectors' }, { kind: 'ignore-file', path: 'notes.log' }],
      },
    ]);
    const help = { 'file/bom': { summary: 'No BOM', summaryRu: 'Без BOM', url: null } };
    const en = await render(<FindingGroupCard group={group} ruleHelp={help} />);
    expect(en).toContain('Save it as UTF-8 without BOM.');
    // The finding's own advice replaces the rule's one-line summary.
    expect(en).not.toContain('How to fix: No BOM');
    expect(en).toContain('Fix them with “Fix BOM and line endings” on the “Code check” step');
    expect(en).toContain('Name your widget’s root in Code check › Check settings › CSS root selectors');
    expect(en).toContain('Leave notes.log out of the zip: Review and export › Unused files');
    expect(en.replace(/<[^>]*>/g, ' ')).not.toMatch(/widget-publisher (fix|pack)|--[a-z]/);
    const ru = await render(<FindingGroupCard group={group} ruleHelp={help} />, 'ru');
    expect(ru).toContain('Сохраните его в UTF-8 без BOM.');
    expect(ru).toContain('Исправьте кнопкой «Исправить BOM и переводы строк» на шаге «Проверка кода»');
  });

  it('shows a file group with its counts, positions, locale and a source link', async () => {
    const [group] = groupFindingsByFile([
      { ruleId: 'text/name-length', severity: 'error', message: 'The name is 53 characters long.', messageRu: 'Название содержит 53 символа.', file: 'i18n/en.json', line: 3, column: 13, locale: 'en' },
      { ruleId: 'text/placeholder', severity: 'warning', message: 'Lorem ipsum left in.', messageRu: 'Остался текст Lorem ipsum.', file: 'i18n/en.json', line: 5, column: null, locale: 'en' },
    ]);
    const html = await render(<FindingGroupCard group={group} ruleHelp={{ 'text/name-length': { summary: 'Name at most 30', summaryRu: 'Название не длиннее 30', url: 'https://example.com/checklist' } }} />);
    expect(html).toContain('i18n/en.json');
    expect(html).toContain('1 error');
    expect(html).toContain('1 warning');
    expect(html).toContain('Line 3, column 13');
    expect(html).toContain('Line 5<');
    expect(html).toContain('Locale: en');
    expect(html.match(/Rule source/g)).toHaveLength(1);
    expect(html).toContain('aria-expanded="true"');
    expect(html).toContain('The name is 53 characters long.');
    expect(html).not.toContain('Название содержит');
    expect(html).toContain('How to fix: Name at most 30');
    expect(html).not.toContain('Название не длиннее 30');
  });

  it('shows the Russian message of each finding in the Russian UI', async () => {
    const [group] = groupFindingsByFile([
      { ruleId: 'text/name-length', severity: 'error', message: 'The name is 53 characters long.', messageRu: 'Название содержит 53 символа.', file: 'i18n/en.json', line: 3, column: 13, locale: 'en' },
    ]);
    const html = await render(<FindingGroupCard group={group} ruleHelp={{}} />, 'ru');
    expect(html).toContain('Название содержит 53 символа.');
    expect(html).not.toContain('The name is 53 characters long.');
  });

  it('shows the Russian "how to fix" line of each rule in the Russian UI', async () => {
    const [group] = groupFindingsByFile([
      { ruleId: 'text/name-length', severity: 'error', message: 'The name is 53 characters long.', messageRu: 'Название содержит 53 символа.', file: 'i18n/en.json', line: 3, column: 13, locale: 'en' },
    ]);
    const html = await render(<FindingGroupCard group={group} ruleHelp={{ 'text/name-length': { summary: 'Name at most 30', summaryRu: 'Название не длиннее 30', url: null } }} />, 'ru');
    expect(html).toContain('Как исправить: Название не длиннее 30');
    expect(html).toContain('title="Название не длиннее 30"');
    expect(html).not.toContain('Name at most 30');
  });

  it('reports progress to assistive technology', async () => {
    expect(await render(<ProgressBar value={0.42} label="Exporting" />)).toContain('aria-valuenow="42"');
    expect(await render(<ProgressBar value={null} label="Exporting" />)).not.toContain('aria-valuenow');
  });

  it('lists recent projects, a missing one disabled, in Russian too', async () => {
    const projects: RecentProject[] = [
      { path: '/w/a', name: 'Deals via Acme', platform: 'amocrm', kind: 'folder', lastOpened: new Date().toISOString(), lastResult: { errors: 2, warnings: 0, infos: 0, checkedAt: '' }, missing: false },
      { path: '/w/b', name: 'Gone via Acme', platform: 'kommo', kind: 'zip', lastOpened: new Date().toISOString(), lastResult: null, missing: true },
    ];
    const html = await render(<RecentProjectList projects={projects} onOpen={() => undefined} onForget={() => undefined} />, 'ru');
    expect(html).toContain('2 ошибки');
    expect(html).toContain('Не найден');
    expect(html).toContain('Kommo');
    expect(html.match(/disabled=""/g)).toHaveLength(1);
    const empty = await render(<RecentProjectList projects={[]} onOpen={() => undefined} onForget={() => undefined} />);
    expect(empty).toContain('No projects yet');
  });

  it('shows a long report a page at a time, whole files first, and says how many files are left', async () => {
    const findings = Array.from({ length: 450 }, (_, index) => ({
      ruleId: 'code/debug-leftover',
      severity: 'warning' as const,
      message: `console.log left in part-${String(index).padStart(3, '0')}.js`,
      messageRu: `console.log остался в part-${String(index).padStart(3, '0')}.js`,
      file: `js/part-${String(index).padStart(3, '0')}.js`,
      line: 3,
      column: 5,
      locale: null,
    }));
    const html = await render(<FindingsReport findings={findings} ruleHelp={{}} />);
    expect(html).toContain('450 warnings');
    expect(html.match(/<article/g)).toHaveLength(200);
    expect(html).toContain('js/part-199.js');
    expect(html).not.toContain('js/part-200.js');
    expect(html).toContain('Showing 200 of 450 files with findings.');
    expect(html).toContain('Show 200 more files');
    const russian = await render(<FindingsReport findings={findings.slice(0, 201)} ruleHelp={{}} />, 'ru');
    expect(russian).toContain('Показать ещё 1 файл<');
    const short = await render(<FindingsReport findings={findings.slice(0, 12)} ruleHelp={{}} />);
    expect(short.match(/<article/g)).toHaveLength(12);
    expect(short).not.toContain('more file');
  });
});
