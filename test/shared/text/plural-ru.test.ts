import { describe, expect, it } from 'vitest';
import { countRu, pluralRu } from '../../../shared/text/plural-ru';

const LINES = ['строка', 'строки', 'строк'] as const;

describe('pluralRu', () => {
  it('picks the Russian form for each count', () => {
    expect([1, 2, 4, 5, 11, 12, 14, 20, 21, 22, 25, 101, 111, 112, 0].map((count) => countRu(count, LINES))).toEqual([
      '1 строка',
      '2 строки',
      '4 строки',
      '5 строк',
      '11 строк',
      '12 строк',
      '14 строк',
      '20 строк',
      '21 строка',
      '22 строки',
      '25 строк',
      '101 строка',
      '111 строк',
      '112 строк',
      '0 строк',
    ]);
  });

  it('uses the "few" form for fractions', () => {
    expect(pluralRu(1.5, LINES)).toBe('строки');
  });
});
