import { readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INIT_FLAGS, run, tempFolder } from './cli-harness';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

describe('widget-publisher init', () => {
  let work: Awaited<ReturnType<typeof tempFolder>>;

  beforeAll(async () => {
    work = await tempFolder();
  });
  afterAll(async () => work.remove());

  it('never prompts without a terminal: it names every missing flag and writes nothing', async () => {
    const result = await run(work.path, ['init', 'missing', '--locales', 'en']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('nothing was written');
    expect(result.stderr).toContain('The widget name for en is missing: pass --name "<text>"');
    expect(result.stderr).toContain('--teaser');
    expect(result.stderr).toContain('--description');
    expect(result.stderr).toContain('--support-email');
    expect(await exists(join(work.path, 'missing'))).toBe(false);
  });

  it('names the locale flag form when several locales lack a text', async () => {
    const flags = [...INIT_FLAGS];
    flags.splice(flags.indexOf('en:Deals to Telegram') - 1, 2);
    const result = await run(work.path, ['init', 'partial', ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('The widget name for en is missing: pass --name "<text>" (or --name "en:<text>" for en only)');
  });

  it('refuses a name over the store limit before writing anything', async () => {
    const flags = [...INIT_FLAGS];
    flags[flags.indexOf('en:Deals to Telegram')] = 'en:Deals to Telegram and WhatsApp';
    const result = await run(work.path, ['init', 'long', ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"Deals to Telegram and WhatsApp via Acme", is 39 characters; the store allows 30');
    expect(await exists(join(work.path, 'long'))).toBe(false);
  });

  it('runs check on the widget before writing it, and writes nothing when the answers would fail', async () => {
    const flags = [...INIT_FLAGS];
    flags[flags.indexOf('en:Alerts about new deals in Telegram')] = 'en:Уведомления о сделках';
    const result = await run(work.path, ['init', 'cyrillic', ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('text/wrong-language');
    expect(result.stderr).toContain('would not pass check, so nothing was written');
    expect(await exists(join(work.path, 'cyrillic'))).toBe(false);
  });

  it('refuses a locale the platform does not offer', async () => {
    const result = await run(work.path, ['init', 'tr', ...INIT_FLAGS, '--locales', 'ru,tr']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('amoCRM does not offer tr; it offers ru, en, es, pt.');
  });

  it('writes every key of the moderation block the README lists, with the chosen widget code', async () => {
    const result = await run(work.path, ['init', 'keys', ...INIT_FLAGS, '--code', 'acme_alerts']);
    expect(result.code).toBe(0);
    const config = JSON.parse(await readFile(join(work.path, 'keys/widget-publisher.json'), 'utf8'));
    const readme = await readFile(join(__dirname, '../../../README.md'), 'utf8');
    const block = /"moderation": \{([\s\S]*?)\n {2}\}/.exec(readme)?.[1] ?? '';
    const promised = [...block.matchAll(/^ {4}"(\w+)":/gm)].map((match) => match[1]);
    expect(promised).toContain('widgetCode');
    expect(Object.keys(config.moderation).sort()).toEqual([...promised].sort());
    expect(config.moderation.widgetCode).toBe('acme_alerts');
    expect(config.moderation.privacyPolicy).toEqual({ ru: '', en: '' });
  });

  it('takes choice values in any case: --platform KOMMO --locales EN', async () => {
    const flags = ['--locales', 'EN', '--company', 'Acme', '--name', 'Deals to Telegram', '--teaser', 'Alerts about new deals in Telegram'];
    const more = ['--description', 'The widget sends an alert to your Telegram chat when a new deal is created.', '--support-email', 'help@acme-widgets.io'];
    const result = await run(work.path, ['init', 'cased', ...flags, ...more, '--platform', 'KOMMO', '--yes']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Created cased (Kommo; locales en)');
  });

  it('reads a per-locale prefix in any case: --name "ES:..." is the Spanish name', async () => {
    const result = await run(work.path, [
      'init',
      'cased-prefix',
      '--platform',
      'kommo',
      '--locales',
      'en,es',
      '--company',
      'Acme',
      '--name',
      'EN:Deals to Telegram',
      '--name',
      'Es:Ofertas a Telegram',
      '--teaser',
      'en:Alerts about new deals in Telegram',
      '--teaser',
      'ES:Alertas de nuevas ofertas en Telegram',
      '--description',
      'en:The widget sends an alert to your Telegram chat when a new deal is created.',
      '--description',
      'es:El widget envía una alerta a su chat de Telegram cuando se crea una nueva oferta.',
      '--support-email',
      'help@acme-widgets.io',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const names = await Promise.all(['en', 'es'].map(async (locale) => JSON.parse(await readFile(join(work.path, `cased-prefix/i18n/${locale}.json`), 'utf8')).widget.name));
    expect(names).toEqual(['Deals to Telegram via Acme', 'Ofertas a Telegram via Acme']);
  });

  it('refuses a folder that is not empty, unless --force', async () => {
    const folder = join(work.path, 'busy');
    await mkdir(folder);
    await writeFile(join(folder, 'notes.txt'), 'keep me');
    const refused = await run(work.path, ['init', 'busy', ...INIT_FLAGS]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('busy is not empty');
    expect(await readdir(folder)).toEqual(['notes.txt']);

    const forced = await run(work.path, ['init', 'busy', ...INIT_FLAGS, '--force']);
    expect(forced.code).toBe(0);
    expect(await readFile(join(folder, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(await exists(join(folder, 'manifest.json'))).toBe(true);
  });

  it('notes a text given once for several locales, since moderation expects each locale in its own language', async () => {
    const result = await run(work.path, [
      'init',
      'same-text',
      '--locales',
      'ru,en',
      '--company',
      'Acme',
      '--name',
      'Deals to Telegram',
      '--teaser',
      'en:Alerts about new deals in Telegram',
      '--teaser',
      'ru:Уведомления о новых сделках в Telegram',
      '--description',
      'Alerts about new deals.',
      '--support-email',
      'help@acme-widgets.io',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Note: the name is the same text in ru, en.');
    expect(result.stderr).toContain('--name "ru:<text>"');
    expect(result.stderr).toContain('Note: the description is the same text in ru, en.');
    expect(result.stderr).not.toContain('the teaser');
  });

  it('does not ask with --yes even on a terminal', async () => {
    const result = await run(work.path, ['init', 'yes', '--locales', 'en', '--yes'], { typed: ['should not be read'] });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--name');
  });
});
