import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliBundle, REPO_ROOT } from '../../helpers/build-cli';
import { KEY, ptyAvailable, ptySession } from '../../helpers/pty-session';
import { run, tempFolder } from './cli-harness';

/** Its own bundle, so this file and built-binary.test.ts never write the same file at once. */
const BINARY = join(REPO_ROOT, 'dist/test-pty/index.js');

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

const canDrive = await ptyAvailable();

describe.skipIf(!canDrive)('init on a terminal (driven through a pseudo-terminal)', { timeout: 180_000 }, () => {
  let work: Awaited<ReturnType<typeof tempFolder>>;

  beforeAll(async () => {
    work = await tempFolder('wp-pty-');
    await buildCliBundle(BINARY);
  });
  afterAll(async () => work.remove());

  it('asks again after a wrong answer, keeps arrow-key edits, and writes every answer', async () => {
    const session = await ptySession(work.path, [process.execPath, BINARY, 'init', 'asked'], [
      ['Marketplace', KEY.down + KEY.enter], // Kommo
      ['Locales of the widget', KEY.down + KEY.space + KEY.enter], // en only: es was pre-selected
      ['Company', `Acne${KEY.left}${KEY.backspace}m${KEY.enter}`], // "Acne", cursor back over "e", n -> m
      ['Product name (en)', `Deals to Telegram and WhatsApp${KEY.enter}`],
      ['the store allows 30', `${KEY.backspace.repeat(' and WhatsApp'.length)}${KEY.enter}`],
      ['Short description (en)', `Alerts about new deals in Telegram${KEY.enter}`],
      ['Description (en)', `The widget sends an alert to your Telegram chat when a new deal is created.${KEY.enter}`],
      ['Support email', `help@acme${KEY.enter}`],
      ['is not an email address', `-widgets.io${KEY.enter}`],
      ['Widget code', KEY.enter], // the suggestion, pre-filled
    ]);
    expect(session.timedOut, session.screen).toBeNull();
    expect(session.exitCode, session.screen).toBe(0);
    expect(session.screen).toContain('"Deals to Telegram and WhatsApp via Acme" is 39 characters; the store allows 30. Shorten it by 9.');
    expect(session.screen).toContain('"help@acme" is not an email address');
    // The live count includes " via Acme".
    expect(session.screen).toContain('Deals to Telegram  26/30');
    expect(session.screen).toContain('Created asked (Kommo; locales en)');

    const i18n = JSON.parse(await readFile(join(work.path, 'asked/i18n/en.json'), 'utf8'));
    expect(JSON.stringify(i18n)).toContain('Deals to Telegram via Acme');
    const manifest = JSON.parse(await readFile(join(work.path, 'asked/manifest.json'), 'utf8'));
    expect(manifest.widget.locale).toEqual(['en']);
    expect(manifest.widget.support.email).toBe('help@acme-widgets.io');
    const config = JSON.parse(await readFile(join(work.path, 'asked/widget-publisher.json'), 'utf8'));
    expect(config.platform).toBe('kommo');
    expect(config.moderation.widgetCode).toBe('acme_deals_to_telegram');

    const check = await run(work.path, ['check', 'asked', '--format', 'json']);
    expect(JSON.parse(check.stdout).summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });

  it('re-asks the locales a flag gave that the platform does not offer, whatever their case', async () => {
    const session = await ptySession(work.path, [process.execPath, BINARY, 'init', 'locales', '--platform', 'KOMMO', '--locales', 'EN,RU'], [
      ['Locales of the widget (Kommo)', KEY.ctrlC],
    ]);
    expect(session.screen).toContain('Locales: Kommo does not offer ru; it offers en, es, pt, tr, id.');
    expect(session.exitCode).toBe(130);
  });

  it('writes nothing when stopped with Ctrl-C', async () => {
    const session = await ptySession(work.path, [process.execPath, BINARY, 'init', 'stopped', '--platform', 'amocrm', '--locales', 'en'], [
      ['Company', `Acme${KEY.enter}`],
      ['Product name (en)', `Deals${KEY.ctrlC}`],
    ]);
    expect(session.exitCode).toBe(130);
    expect(session.screen).toContain('widget-publisher: Stopped (Ctrl-C); nothing was written.');
    expect(await exists(join(work.path, 'stopped'))).toBe(false);
  });
});
