import { describe, expect, it } from 'vitest';
import { setTourImages } from '../../../shared/draft/draft-edits';
import { newDraft } from '../../../shared/draft/new-draft';
import { tourNumbering } from '../../../shared/draft/tour-numbering';

const base = () => newDraft('amocrm', { name: 'Deals', company: 'Acme' });

describe('tour slides renumbered to their order', () => {
  it('leaves slides already in order alone', () => {
    const draft = setTourImages(base(), 'en', ['/images/tour_1_en.png', '/images/tour_2_en.png']);
    expect(tourNumbering(draft)).toEqual({ draft, renames: [] });
  });

  it('swaps the names of two slides the user reordered and lists them in the new order', () => {
    const draft = setTourImages(base(), 'en', ['/images/tour_2_en.png', '/images/tour_1_en.png', '/images/tour_3_en.png']);
    const { draft: renamed, renames } = tourNumbering(draft);
    expect(renames).toEqual([
      { from: 'images/tour_2_en.png', to: 'images/tour_1_en.png' },
      { from: 'images/tour_1_en.png', to: 'images/tour_2_en.png' },
    ]);
    expect(renamed.tour.images.en).toEqual(['/images/tour_1_en.png', '/images/tour_2_en.png', '/images/tour_3_en.png']);
  });

  it('closes the gap a removed slide leaves, keeping each file’s own extension and slash style', () => {
    const draft = setTourImages(base(), 'ru', ['images/tour_1_ru.png', 'images/tour_3_ru.JPG']);
    const { draft: renamed, renames } = tourNumbering(draft);
    expect(renames).toEqual([{ from: 'images/tour_3_ru.JPG', to: 'images/tour_2_ru.JPG' }]);
    expect(renamed.tour.images.ru).toEqual(['images/tour_1_ru.png', 'images/tour_2_ru.JPG']);
  });

  it('keeps a locale whose slides have the developer’s own names, or one listed twice, as it is', () => {
    let draft = setTourImages(base(), 'en', ['/images/tour_2_en.png', '/images/screens/deals.png']);
    draft = setTourImages(draft, 'ru', ['/images/tour_2_ru.png', '/images/tour_2_ru.png']);
    draft = setTourImages(draft, 'es', ['/images/tour_2_en.png']);
    expect(tourNumbering(draft).renames).toEqual([]);
  });

  it('renumbers each locale on its own', () => {
    let draft = setTourImages(base(), 'en', ['/images/tour_2_en.png']);
    draft = setTourImages(draft, 'ru', ['/images/tour_1_ru.png']);
    expect(tourNumbering(draft).renames).toEqual([{ from: 'images/tour_2_en.png', to: 'images/tour_1_en.png' }]);
  });
});
