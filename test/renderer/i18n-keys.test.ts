import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { ru } from '../../renderer/src/i18n/ru';
import { appActionOf, appActionText } from '../../renderer/src/i18n/app-actions';
import { initI18n } from '../../renderer/src/i18n/i18n';

type Tree = { [key: string]: string | Tree };

const SOURCE = join(import.meta.dirname, '..', '..', 'renderer', 'src');

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(folder, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(folder, entry.name)] : [],
  );
}

function keysOf(tree: Tree, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') keys.add(`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`);
    else for (const nested of keysOf(value, `${prefix}${key}.`)) keys.add(nested);
  }
  return keys;
}

describe('UI texts the code asks for', () => {
  it('exist in English (and so, by the parity test, in Russian)', () => {
    const known = keysOf(en as unknown as Tree);
    const used = new Set(sources(SOURCE).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z][\w.-]*)'/g)].map((match) => match[1])));
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((key) => !known.has(key))).toEqual([]);
  });
});

describe('the sidebar', () => {
  it('tells every step apart by its first word, in both languages', () => {
    for (const steps of [en.steps, ru.steps]) {
      const firstWords = Object.values(steps).map((name) => name.split(/\s+/)[0].toLowerCase());
      expect(firstWords.length).toBeGreaterThanOrEqual(11);
      expect(firstWords.filter((word, index) => firstWords.indexOf(word) !== index)).toEqual([]);
    }
  });
});

describe('advice that names a place in the app', () => {
  it('names a Check settings field and the Unused files list as they are titled on screen, in both languages', () => {
    for (const { wizard } of [en, ru]) {
      const say = wizard.advice.checkSetting;
      for (const key of ['rootSelectors', 'ignore', 'vendor', 'rules'] as const) {
        const path = say[key].split('›').map((part) => part.trim());
        expect({ key, section: path.at(-2), field: wizard.checkSettings[key].startsWith(path.at(-1) ?? '?') }).toEqual({ key, section: wizard.checkSettings.title, field: true });
      }
      for (const key of ['ignoreFile', 'deleteFile'] as const) expect(wizard.advice[key].split('›').at(-1)?.trim()).toBe(wizard.review.unusedTitle);
    }
  });
});

describe('advice about a moderation request answer', () => {
  it('names the field as it is labelled, on the step where it is asked, in both languages', async () => {
    for (const language of ['en', 'ru'] as const) {
      const { wizard, steps } = language === 'en' ? en : ru;
      const i18n = await initI18n(language);
      const say = (key: string) => {
        const action = appActionOf({ kind: 'set-config', key: `moderation.${key}` });
        if (!action) throw new Error(`no app action for moderation.${key}`);
        return { text: appActionText(action, (text, values) => i18n.t(text, values)), step: action.target?.step };
      };
      for (const key of ['integrationId', 'widgetCode', 'accountId', 'howItWorks', 'instructions', 'changes'] as const) {
        const { text, step } = say(key);
        expect({ key, step, named: wizard.message[key].startsWith(wizard.advice.fields[key]), text }).toEqual({ key, step: 'export', named: true, text: expect.stringContaining(steps.export) });
      }
      // The phone is asked in Support and contacts; the request only quotes it.
      const phone = say('supportPhone');
      expect(phone.step).toBe('support');
      expect(phone.text).toContain(steps.support);
      expect(phone.text).toContain(wizard.support.phone);
    }
  });
});
