import { describe, expect, it } from 'vitest';
import { freeSlideNumbers } from '../../../renderer/src/wizard/steps/use-slides';

describe('the places added tour slides are made under', () => {
  it('are the ones no slide of the locale is named after, so an added slide never overwrites one', () => {
    expect(freeSlideNumbers(['/images/tour_1_es.jpg', '/images/tour_2_es.jpg'], 'es', 5)).toEqual([3, 4, 5]);
    expect(freeSlideNumbers(['/images/tour_5_es.png', '/images/tour_2_es.jpg'], 'es', 5)).toEqual([1, 3, 4]);
    // Another locale's names and custom names take no place.
    expect(freeSlideNumbers(['/images/tour_1_pt.jpg', '/images/intro.png'], 'es', 5)).toEqual([1, 2, 3, 4, 5]);
  });
});
