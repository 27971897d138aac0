import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initWidget, run, tempFolder } from './cli-harness';

describe('the command line as a person meets it', () => {
  let work: Awaited<ReturnType<typeof tempFolder>>;

  beforeAll(async () => {
    work = await tempFolder();
  });
  afterAll(async () => work.remove());

  it('with no arguments prints the help and exits 2, init first and docs hidden', async () => {
    const result = await run(work.path, []);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const commands = [...result.stderr.matchAll(/^ {2}(\w+) /gm)].map((match) => match[1]);
    expect(commands.slice(0, 2)).toEqual(['init', 'check']);
    expect(commands).toContain('message');
    expect(commands).not.toContain('docs');
  });

  it('prints parser errors and its own errors in one shape, with the command\'s --help, exit 2', async () => {
    const unknown = await run(work.path, ['check', '.', '--bogus']);
    expect([unknown.code, unknown.stderr]).toEqual([2, 'widget-publisher: unknown option \'--bogus\'\nSee "widget-publisher check --help" for usage.\n']);
    const choice = await run(work.path, ['check', '.', '--format', 'xml']);
    expect(choice.code).toBe(2);
    expect(choice.stderr).toMatch(/^widget-publisher: option '--format <format>' argument 'xml' is invalid\. Allowed choices are text, json, sarif\.\nSee "widget-publisher check --help" for usage\.\n$/);
    const missing = await run(work.path, ['check', 'no-such-widget']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^widget-publisher: no-such-widget: no such file or folder\. [^\n]+\nSee "widget-publisher check --help" for usage\.\n$/);
    const command = await run(work.path, ['publish']);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/^widget-publisher: unknown command 'publish'\nSee "widget-publisher --help" for usage\.\n$/);
  });

  it('help texts: no "(default: [])", --platform says what it does for each command, docs still runs', async () => {
    const init = await run(work.path, ['init', '--help']);
    expect(init.stdout).not.toContain('(default: [])');
    const platformHelp: Record<string, RegExp> = {
      init: /--platform <platform>\s+marketplace the widget is made for/,
      check: /--platform <platform>\s+marketplace whose checklist, sizes and limits to check against/,
      pack: /--platform <platform>\s+marketplace whose checklist the check before packing uses/,
      message: /--platform <platform>\s+marketplace the request is addressed to/,
      images: /--platform <platform>\s+marketplace whose logo sizes and size limit to use/,
      slides: /--platform <platform>\s+marketplace whose slide size, count and locales to use/,
    };
    for (const [command, pattern] of Object.entries(platformHelp)) {
      const help = await run(work.path, [command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout.replace(/\n\s+/g, ' '), command).toMatch(pattern);
    }
    expect((await run(work.path, ['docs', '--help'])).code).toBe(0);
  });

  it('takes choice values in any case', async () => {
    await initWidget(work.path, 'cased');
    const result = await run(work.path, ['check', 'cased', '--format', 'JSON', '--platform', 'AmoCRM', '--lang', 'RU']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).platform).toBe('amocrm');
  });

  it('without --platform or a config, pack checks against the platform the widget shows, and says why', async () => {
    const texts = ['--company', 'Acme', '--name', 'en:Deals to Telegram', '--name', 'tr:Telegram Anlaşmaları', '--teaser', 'en:Alerts about new deals'];
    const more = ['--teaser', 'tr:Yeni anlaşma uyarıları', '--description', 'en:Sends an alert when a deal is created.', '--description', 'tr:Yeni bir anlaşma için uyarı gönderir.'];
    const made = await run(work.path, ['init', 'kommo', '--platform', 'kommo', '--locales', 'en,tr', ...texts, ...more, '--support-email', 'help@acme.io', '--yes']);
    expect(made.code).toBe(0);
    await rm(join(work.path, 'kommo', 'widget-publisher.json'));
    const packed = await run(work.path, ['pack', 'kommo', '-o', 'kommo.zip']);
    expect(packed.code).toBe(0);
    expect(packed.stderr).toMatch(/^Platform: Kommo \(detected from the widget: [^\n]*tr[^\n]*\)\.$/m);
    const chosen = await run(work.path, ['pack', 'kommo', '-o', 'kommo.zip', '--platform', 'kommo']);
    expect(chosen.stderr).not.toContain('Platform:');
  });

  it('check on a widget in en and es with no config (as Kommo widgets on GitHub are) uses Kommo and says why', async () => {
    const texts = ['--company', 'Acme', '--name', 'en:Budget Calculator', '--name', 'es:Calculadora', '--teaser', 'en:Budgets for your deals'];
    const more = ['--teaser', 'es:Presupuestos para sus tratos', '--description', 'en:Works out a budget for the deal.', '--description', 'es:Calcula un presupuesto para el trato.'];
    const made = await run(work.path, ['init', 'en-es', '--platform', 'kommo', '--locales', 'en,es', ...texts, ...more, '--support-email', 'help@acme.io', '--yes']);
    expect(made.code).toBe(0);
    await rm(join(work.path, 'en-es', 'widget-publisher.json'));
    const text = await run(work.path, ['check', 'en-es', '--no-ocr']);
    expect(text.stdout.split('\n')[0]).toBe('Platform: Kommo (detected: its locales (en, es) include es but not Russian, which amoCRM widgets have)');
    const json = JSON.parse((await run(work.path, ['check', 'en-es', '--no-ocr', '--format', 'json'])).stdout);
    expect([json.platform, json.platformSource]).toEqual(['kommo', 'detected']);
    const flagged = await run(work.path, ['check', 'en-es', '--no-ocr', '--platform', 'amocrm']);
    expect(flagged.stdout.split('\n')[0]).toBe('Platform: amoCRM (chosen with --platform)');
  });
});
