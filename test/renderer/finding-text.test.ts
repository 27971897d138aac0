import { describe, expect, it } from 'vitest';
import { messageIn, messageLanguageOf, ruleSummaryIn } from '../../renderer/src/i18n/finding-text';

describe('messageIn', () => {
  const finding = { message: 'script.js starts with a BOM.', messageRu: 'script.js начинается с BOM.' };

  it('shows the Russian text in a Russian UI and the English text otherwise', () => {
    expect(messageIn('ru', finding)).toBe('script.js начинается с BOM.');
    expect(messageIn('ru-RU', finding)).toBe('script.js начинается с BOM.');
    expect(messageIn('en', finding)).toBe('script.js starts with a BOM.');
    expect(messageIn(undefined, finding)).toBe('script.js starts with a BOM.');
  });

  it('falls back to the English text for problems the UI words itself', () => {
    expect(messageIn('ru', { message: 'Уже переведено интерфейсом' })).toBe('Уже переведено интерфейсом');
    expect(messageLanguageOf('RU')).toBe('ru');
    expect(messageLanguageOf('pt')).toBe('en');
  });
});

describe('ruleSummaryIn', () => {
  const help = { summary: 'Text files are UTF-8 without a BOM.', summaryRu: 'Текстовые файлы в UTF-8 без BOM.', url: null };

  it('shows the Russian summary in a Russian UI and the English one otherwise', () => {
    expect(ruleSummaryIn('ru', help)).toBe('Текстовые файлы в UTF-8 без BOM.');
    expect(ruleSummaryIn('ru-RU', help)).toBe('Текстовые файлы в UTF-8 без BOM.');
    expect(ruleSummaryIn('en', help)).toBe('Text files are UTF-8 without a BOM.');
    expect(ruleSummaryIn(undefined, help)).toBe('Text files are UTF-8 without a BOM.');
  });

  it('falls back to the English summary when the Russian one is empty', () => {
    expect(ruleSummaryIn('ru', { ...help, summaryRu: '' })).toBe('Text files are UTF-8 without a BOM.');
  });
});
