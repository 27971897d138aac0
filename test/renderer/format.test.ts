import { describe, expect, it } from 'vitest';
import { formatBytes, formatRelativeTime, shortenPath } from '../../renderer/src/i18n/format';
import { resolveTheme } from '../../renderer/src/app/theme';

describe('formatting for the UI language', () => {
  it('formats sizes the way the language writes them', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(241_500, 'en')).toBe('241.5 KB');
    expect(formatBytes(241_500, 'ru')).toBe('241,5 КБ');
    expect(formatBytes(3_200_000, 'en')).toBe('3.2 MB');
  });

  it('says how long ago in words', () => {
    const now = new Date('2025-03-10T12:00:00Z');
    expect(formatRelativeTime('2025-03-10T11:55:00Z', 'en', now)).toBe('5 minutes ago');
    expect(formatRelativeTime('2025-03-09T12:00:00Z', 'en', now)).toBe('yesterday');
    expect(formatRelativeTime('2025-03-09T12:00:00Z', 'ru', now)).toBe('вчера');
    expect(formatRelativeTime('not a date', 'en', now)).toBe('');
  });

  it('shortens a long path in the middle, keeping the folder name', () => {
    const path = '/home/developer/projects/clients/acme/widgets/deals-to-telegram/widget';
    const short = shortenPath(path, 40);
    expect(short.length).toBe(40);
    expect(short.endsWith('deals-to-telegram/widget')).toBe(true);
    expect(shortenPath('/short', 40)).toBe('/short');
  });

  it('follows the OS theme unless the user chose one', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});
