import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFolder, initWidget, run, tempFolder } from './cli-harness';

const MODERATION = {
  integrationId: '8d2c6f1a-90ab-4cde-b123-4567890abcde',
  accountId: '30112233',
  howItWorks: 'When a deal is created, the widget posts its name and budget to the Telegram chat set in its settings.',
  instructions: 'Install the widget, paste the bot token from @AcmeDealsBot into "API key", save, then create a deal.',
  testData: 'Bot token: 123456:TEST-token (chat @acme_test).',
  supportPhone: '+7 495 123-45-67',
};

describe('widget-publisher message', () => {
  let work: Awaited<ReturnType<typeof tempFolder>>;
  let folder: string;

  beforeAll(async () => {
    work = await tempFolder();
    folder = await initWidget(work.path, 'deals');
  });
  afterAll(async () => work.remove());

  async function setModeration(values: Record<string, string>): Promise<void> {
    const path = join(folder, 'widget-publisher.json');
    const config = JSON.parse(await readFile(path, 'utf8'));
    config.moderation = { ...config.moderation, ...values };
    await writeFile(path, `${JSON.stringify(config, null, 2)}\n`);
  }

  it('names every missing input and where to set it, and prints no message', async () => {
    const result = await run(work.path, ['message', 'deals']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    for (const key of ['integrationId', 'accountId', 'howItWorks', 'instructions', 'supportPhone']) {
      expect(result.stderr).toContain(`"moderation.${key}" in widget-publisher.json`);
    }
    expect(result.stderr).toContain('--account-id');
    // init put the support email in the config, so it is not missing.
    expect(result.stderr).not.toContain('support email');
  });

  it('writes the Russian request with every part the upload page lists', async () => {
    await setModeration(MODERATION);
    const result = await run(work.path, ['message', 'deals']);
    expect(result.code).toBe(0);
    const text = result.stdout;
    expect(text).toContain('виджет «Сделки в Telegram via Acme» в маркетплейсе amoCRM');
    expect(text).toContain(`ID интеграции: ${MODERATION.integrationId}`);
    expect(text).toContain(`ID аккаунта, в котором создана интеграция: ${MODERATION.accountId}`);
    expect(text).toContain(`Как работает виджет\n${MODERATION.howItWorks}`);
    expect(text).toContain(`Как подключить виджет и работать с ним\n${MODERATION.instructions}`);
    expect(text).toContain(`Тестовые данные для подключения\n${MODERATION.testData}`);
    expect(text).toContain(`Телефон: ${MODERATION.supportPhone}`);
    expect(text).toContain('Email: help@acme-widgets.io');
    expect(text).toContain('Языки: русский, английский');
    expect(text).toContain('Версия: 1.0.0');
  });

  it('writes the English request to a file with -o', async () => {
    await setModeration(MODERATION);
    const result = await run(work.path, ['message', 'deals', '--lang', 'en', '-o', 'request.txt']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Wrote the moderation message (en) to request.txt.\n');
    const text = await readFile(join(work.path, 'request.txt'), 'utf8');
    expect(text).toContain('Please review and publish the widget "Deals to Telegram via Acme" on the amoCRM Marketplace.');
    expect(text).toContain(`Integration ID: ${MODERATION.integrationId}`);
    expect(text).toContain(`How the widget works\n${MODERATION.howItWorks}`);
    expect(text).toContain(`How to connect the widget and use it\n${MODERATION.instructions}`);
    expect(text).toContain(`Test data for connecting\n${MODERATION.testData}`);
    expect(text).toContain(`Phone: ${MODERATION.supportPhone}`);
    expect(text).toContain('Languages: Russian, English');
  });

  it('--update needs what changed, and then restates the texts of every locale', async () => {
    await setModeration(MODERATION);
    const missing = await run(work.path, ['message', 'deals', '--update']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('what changed in this update');
    expect(missing.stderr).toContain('--changes');

    const result = await run(work.path, ['message', 'deals', '--update', '--changes', 'Alerts show the deal budget.']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Что изменилось в версии 1.0.0\nAlerts show the deal budget.');
    expect(result.stdout).toContain('Название: Сделки в Telegram via Acme');
    expect(result.stdout).toContain('Название: Deals to Telegram via Acme');
  });

  it('lets flags fill in inputs over the config', async () => {
    await setModeration({ ...MODERATION, accountId: '' });
    const result = await run(work.path, ['message', 'deals', '--lang', 'en', '--account-id', '777']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ID of the account where the integration was created: 777');
  });

  it('exits 2 on a broken manifest, naming the line', async () => {
    const broken = join(work.path, 'broken');
    await copyFolder(folder, broken);
    await writeFile(join(broken, 'manifest.json'), '{\n  "widget": {,\n}\n');
    const result = await run(work.path, ['message', 'broken']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/manifest\.json:2:\d+/);
  });
});
