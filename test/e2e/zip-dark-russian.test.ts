import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchHarness, type Harness } from './harness/harness';
import { defectiveWidgetFolder, nestedRootZip, removeTempDirs } from './fixtures';

describe('journey: dark theme, Russian UI, a zip with a nested root, a recent project that went missing', () => {
  let harness: Harness;
  let zipPath: string;
  let folder: string;

  beforeAll(async () => {
    zipPath = await nestedRootZip();
    folder = await defectiveWidgetFolder();
    harness = await launchHarness({ colorScheme: 'dark' });
  });

  afterAll(async () => {
    await harness?.close();
    await closeBrowser();
    await removeTempDirs();
  });

  it('follows the OS dark theme and switches the UI to Russian from the preferences', async () => {
    const { page } = harness;
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await harness.screenshot('11-start-empty-dark');
    await page.getByRole('button', { name: 'Preferences' }).click();
    await page.getByRole('dialog').getByText('Русский').click();
    await page.getByRole('dialog').getByRole('heading', { name: 'Настройки' }).waitFor();
    await harness.screenshot('12-preferences-dark-ru');
    expect(harness.main.settings.getPreferences().language).toBe('ru');
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Недавние проекты' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ru');
  });

  it('opens a widget.zip whose files sit in a folder and names the mistake', async () => {
    const { page } = harness;
    harness.main.dialogs.openZip.push(zipPath);
    await page.getByRole('button', { name: /Открыть widget\.zip/ }).click();
    await page.locator('.finding-group').first().waitFor();
    await page.locator('.finding__rule', { hasText: 'package/nested-root' }).waitFor();
    // Findings speak the UI's language too.
    await page.getByText('В корне архива лежит папка "widget/", а не сами файлы виджета', { exact: false }).waitFor();
    // A zip is never changed in place: no one-click fix is offered for it.
    await expect(page.getByRole('button', { name: 'Исправить BOM и переводы строк' }).count()).resolves.toBe(0);
    await harness.screenshot('13-project-zip-dark-ru');
  });

  it('names what the moderation request still needs by the Russian fields that take it', async () => {
    const { page } = harness;
    await page.getByRole('link', { name: /Обзор и экспорт/ }).or(page.getByRole('button', { name: /Обзор и экспорт/ })).first().click();
    const missing = page.locator('.problem-list').filter({ hasText: 'ID аккаунта' });
    await missing.waitFor();
    await expect(missing.innerText()).resolves.toContain('Заполните «ID аккаунта»');
    // The shared writer's English names ("account id …") are for the command line, not this screen.
    await expect(missing.innerText()).resolves.not.toMatch(/account id|support phone/);
  });

  it('opens a folder from the menu, then shows it as missing once it is deleted', async () => {
    const { page } = harness;
    harness.main.dialogs.openFolder.push(folder);
    await harness.sendMenuCommand({ command: 'open-folder' });
    await page.locator(`.project-header__path:text-is("${folder}")`).waitFor();
    await page.locator('.finding-group').first().waitFor();
    await harness.screenshot('14-project-folder-dark-ru');

    await rm(dirname(folder), { recursive: true, force: true });
    await page.getByRole('button', { name: 'Все проекты' }).click();
    const missing = page.locator('.recent--missing');
    await missing.getByText('Не найден').waitFor();
    await expect(missing.locator('.recent__open').isDisabled()).resolves.toBe(true);
    await expect(page.locator('.recent').count()).resolves.toBe(2);
    await harness.screenshot('15-start-recent-dark-ru');

    await missing.getByRole('button', { name: /Убрать/ }).click();
    await expect.poll(() => page.locator('.recent').count()).toBe(1);
    expect(harness.problems).toEqual([]);
  });
});
