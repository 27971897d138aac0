import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { initI18n } from '../../renderer/src/i18n/i18n';
import { ru } from '../../renderer/src/i18n/ru';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)))),
  );
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('UI translations', () => {
  const english = flatten(en as unknown as Tree);
  const russian = flatten(ru as unknown as Tree);

  it('have the same keys in English and Russian (plurals may add forms), and no empty text', () => {
    const base = (keys: string[]) => [...new Set(keys.map((key) => key.replace(PLURAL, '')))].sort();
    expect(base(Object.keys(russian))).toEqual(base(Object.keys(english)));
    for (const [key, value] of Object.entries({ ...english, ...russian })) expect(value.trim(), key).not.toBe('');
  });

  it('give Russian every plural form it needs', () => {
    for (const key of Object.keys(english).filter((name) => name.endsWith('_other'))) {
      const stem = key.replace(PLURAL, '');
      for (const form of ['one', 'few', 'many', 'other']) expect(russian[`${stem}_${form}`], `${stem}_${form}`).toBeDefined();
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of Object.entries(russian)) {
      const englishValue = english[key] ?? english[key.replace(PLURAL, '_other')];
      expect(variables(value), key).toEqual(variables(englishValue));
    }
  });

  it('pick the right Russian plural at run time', async () => {
    const i18n = await initI18n('ru');
    expect(i18n.t('counts.errors', { count: 1 })).toBe('1 ошибка');
    expect(i18n.t('counts.errors', { count: 3 })).toBe('3 ошибки');
    expect(i18n.t('counts.errors', { count: 11 })).toBe('11 ошибок');
    await i18n.changeLanguage('en');
    expect(i18n.t('counts.errors', { count: 1 })).toBe('1 error');
    expect(i18n.t('counts.errors', { count: 2 })).toBe('2 errors');
  });
});
