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
    for (const key of ['accountId', 'howItWorks', 'instructions', 'testData', 'supportPhone']) {
      expect(result.stderr).toContain(`"moderation.${key}" in widget-publisher.json`);
    }
    expect(result.stderr).toContain('--account-id');
    expect(result.stderr).toContain('--how-it-works-file');
    expect(result.stderr).toContain('--no-test-data');
    // init saved the widget code it chose, which stands in for the integration id until there is one.
    expect(result.stderr).not.toContain('integration id or widget code');
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

  it('never says "not needed" for test data that is only missing; --no-test-data says it', async () => {
    await setModeration({ ...MODERATION, testData: '' });
    const missing = await run(work.path, ['message', 'deals', '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('test data (or that none is needed)');
    expect(missing.stdout).toBe('');

    const declared = await run(work.path, ['message', 'deals', '--lang', 'en', '--no-test-data']);
    expect(declared.code).toBe(0);
    expect(declared.stdout).toContain('Test data for connecting\nNot needed.');
  });

  it('reads the long texts from files, and refuses what is not a regular file', async () => {
    await setModeration({ ...MODERATION, howItWorks: '', instructions: '', testData: '' });
    await writeFile(join(work.path, 'how.txt'), 'It posts each new deal to Telegram.\n');
    await writeFile(join(work.path, 'connect.txt'), 'Paste the bot token and save.\n');
    await writeFile(join(work.path, 'test-data.txt'), 'Token: 123:TEST\n');
    const flags = ['--how-it-works-file', 'how.txt', '--instructions-file', 'connect.txt', '--test-data-file', 'test-data.txt'];
    const result = await run(work.path, ['message', 'deals', '--lang', 'EN', ...flags]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('How the widget works\nIt posts each new deal to Telegram.\n');
    expect(result.stdout).toContain('How to connect the widget and use it\nPaste the bot token and save.\n');
    expect(result.stdout).toContain('Test data for connecting\nToken: 123:TEST\n');

    const folderGiven = await run(work.path, ['message', 'deals', '--how-it-works-file', 'deals']);
    expect(folderGiven.code).toBe(2);
    expect(folderGiven.stderr).toContain('widget-publisher: deals is not a regular file');
    expect(folderGiven.stderr).toContain('See "widget-publisher message --help" for usage.');
  });

  it('in English, stops and names an input written only in Russian', async () => {
    await setModeration({ ...MODERATION, howItWorks: 'Виджет отправляет сделки в Telegram.' });
    const result = await run(work.path, ['message', 'deals', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('how the widget works in English: it is written in Russian ("Виджет")');
    expect(result.stdout).toBe('');
  });

  it('puts the support page and the privacy policy links into the request', async () => {
    await setModeration(MODERATION);
    const path = join(folder, 'widget-publisher.json');
    const config = JSON.parse(await readFile(path, 'utf8'));
    config.moderation.privacyPolicy = { ru: 'https://acme-widgets.io/ru/privacy', en: 'https://acme-widgets.io/privacy' };
    await writeFile(path, JSON.stringify(config));
    const manifestPath = join(folder, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    manifest.widget.support.link = 'https://acme-widgets.io/help';
    await writeFile(manifestPath, JSON.stringify(manifest, null, 2));

    const english = await run(work.path, ['message', 'deals', '--lang', 'en']);
    expect(english.stdout).toContain('Support page: https://acme-widgets.io/help');
    expect(english.stdout).toContain('Privacy policy (Russian): https://acme-widgets.io/ru/privacy\nPrivacy policy (English): https://acme-widgets.io/privacy');
    const russian = await run(work.path, ['message', 'deals']);
    expect(russian.stdout).toContain('Страница поддержки: https://acme-widgets.io/help');
    expect(russian.stdout).toContain('Политика конфиденциальности (английский): https://acme-widgets.io/privacy');
  });

  it('works on a zip made by pack: the config beside the zip, or named with --config', async () => {
    await setModeration(MODERATION);
    const packed = await run(work.path, ['pack', 'deals', '-o', 'out/deals.zip']);
    expect(packed.code).toBe(0);

    const alone = await run(work.path, ['message', 'out/deals.zip']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('No widget-publisher.json was found beside out/deals.zip or in the current folder');
    expect(alone.stderr).toContain('--config <widget folder>/widget-publisher.json');

    const named = await run(work.path, ['message', 'out/deals.zip', '--config', 'deals/widget-publisher.json']);
    expect(named.code).toBe(0);
    expect(named.stdout).toContain(`ID интеграции: ${MODERATION.integrationId}`);

    // Run from the widget folder: nothing beside the zip, so the config of the current folder is used and named.
    const fromCwd = await run(folder, ['message', '../out/deals.zip']);
    expect(fromCwd.code).toBe(0);
    expect(fromCwd.stderr).toContain('Settings: widget-publisher.json.');
    expect(fromCwd.stdout).toContain(`ID интеграции: ${MODERATION.integrationId}`);

    await writeFile(join(work.path, 'out/widget-publisher.json'), await readFile(join(folder, 'widget-publisher.json')));
    const beside = await run(work.path, ['message', 'out/deals.zip', '--lang', 'en']);
    expect(beside.code).toBe(0);
    expect(beside.stderr).toContain('Settings: out/widget-publisher.json.');
    expect(beside.stdout).toContain(`Integration ID: ${MODERATION.integrationId}`);
  });

  it('without --platform or a config, addresses the marketplace detected from the widget and says why', async () => {
    const kommo = await run(work.path, [
      'init', 'kommo-widget', '--platform', 'kommo', '--locales', 'en,tr', '--company', 'Acme',
      '--name', 'en:Deals to Telegram', '--name', 'tr:Telegram Anlaşmaları',
      '--teaser', 'en:Alerts about new deals', '--teaser', 'tr:Yeni anlaşma uyarıları',
      '--description', 'en:Sends an alert to Telegram when a deal is created.', '--description', 'tr:Yeni bir anlaşma oluşturulduğunda Telegram uyarısı gönderir.',
      '--support-email', 'help@acme-widgets.io', '--yes',
    ]);
    expect(kommo.stderr).toBe('');
    expect((await run(work.path, ['pack', 'kommo-widget', '-o', 'kommo.zip'])).code).toBe(0);
    await writeFile(join(work.path, 'how.txt'), 'It posts each new deal to Telegram.');
    const inputs = ['--widget-code', 'acme_deals', '--account-id', '1', '--how-it-works-file', 'how.txt', '--instructions-file', 'how.txt', '--no-test-data', '--support-phone', '+1 555 0100'];
    const result = await run(work.path, ['message', 'kommo.zip', ...inputs]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Platform: Kommo \(detected from the widget: .*tr.*\)/m);
    expect(result.stdout).toContain('on the Kommo Marketplace');
    expect(result.stdout).toContain('Test data for connecting\nNot needed.');
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
