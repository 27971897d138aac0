import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/model/finding';
import { ForeignTextList } from '../../../renderer/src/wizard/ui/ForeignTextImages';
import type { ShownImage } from '../../../renderer/src/wizard/shown-images';
import { render, textOf } from './render';

const finding: Finding = {
  ruleId: 'image/foreign-text',
  severity: 'warning',
  message: 'tour_1_en.png (en) shows Russian text: «Сделки», «Задачи»',
  messageRu: 'На tour_1_en.png (en) текст на русском: «Сделки», «Задачи»',
  file: 'images/tour_1_en.png',
  line: null,
  column: null,
  locale: 'en',
  help: { en: 'Take the screenshot in an account whose interface is set to English.', ru: 'Сделайте снимок экрана в аккаунте на английском.' },
  actions: [{ kind: 'make-slides', locale: 'en' }],
  marks: [
    { x: 22, y: 82, width: 52, height: 14, text: 'Сделки' },
    { x: 22, y: 122, width: 50, height: 14, text: 'Задачи' },
  ],
};

function image(path: string, fresh = false): ShownImage {
  return { path, data: new Uint8Array(1), mediaType: 'image/png', width: 1188, height: 616, bytes: 1, fresh };
}

describe('words in another language on the Tour and Branding steps', () => {
  it('draws a box around each word the check found, over the image, with the finding and its advice', async () => {
    const html = await render(
      <ForeignTextList findings={[finding]} paths={['images/tour_1_en.png']} images={{ 'images/tour_1_en.png': image('images/tour_1_en.png') }} urls={{ 'images/tour_1_en.png': 'blob:slide' }} />,
    );
    expect(html).toContain('viewBox="0 0 1188 616"');
    expect(html).toContain('<rect x="19" y="79" width="58" height="20" rx="3"><title>Сделки</title></rect>');
    expect(html).toContain('<title>Задачи</title>');
    expect(textOf(html, 'foreign-text__message')[0]).toContain('shows Russian text: «Сделки»');
    expect(html).toContain('Take the screenshot in an account whose interface is set to English.');
  });

  it('speaks Russian in the Russian UI', async () => {
    const html = await render(
      <ForeignTextList findings={[finding]} paths={['images/tour_1_en.png']} images={{ 'images/tour_1_en.png': image('images/tour_1_en.png') }} urls={{ 'images/tour_1_en.png': 'blob:slide' }} />,
      'ru',
    );
    expect(html).toContain('Слова на другом языке');
    expect(html).toContain('текст на русском: «Сделки»');
  });

  it('shows nothing for other images, for an image replaced since the check, or when nothing was found', async () => {
    const other = await render(<ForeignTextList findings={[finding]} paths={['images/tour_2_en.png']} images={{}} urls={{}} />);
    expect(other).toBe('');
    const replaced = await render(
      <ForeignTextList findings={[finding]} paths={['images/tour_1_en.png']} images={{ 'images/tour_1_en.png': image('images/tour_1_en.png', true) }} urls={{ 'images/tour_1_en.png': 'blob:new' }} />,
    );
    expect(replaced).toBe('');
    expect(await render(<ForeignTextList findings={[]} paths={['images/tour_1_en.png']} images={{}} urls={{}} />)).toBe('');
  });
});
