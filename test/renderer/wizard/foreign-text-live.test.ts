import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../shared/check/check-widget';
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import { draftSnapshot } from '../../../shared/draft/draft-snapshot';
import type { ImageText } from '../../../shared/model/snapshot';
import { imageForeignTextRule } from '../../../shared/rules/image/foreign-text';
import { virtualBase } from '../../../renderer/src/wizard/wizard-files';
import { validSnapshot } from '../../helpers/widget-fixture';

const russianMenu: ImageText = {
  languages: 'eng+rus',
  words: ['Сделки', 'Контакты', 'Настройки'].map((text, index) => ({ text, confidence: 95, box: { x: 20, y: 40 + index * 40, width: 70, height: 14 } })),
};

function foreignTextFiles(snapshot: ReturnType<typeof validSnapshot>): Array<string | null> {
  return checkWidget(snapshot, { rules: [imageForeignTextRule] }).findings.map((finding) => finding.file);
}

describe('image/foreign-text in the wizard’s live check', () => {
  it('keeps the words the last check read through the draft, and drops those of a slide a new one replaces', () => {
    const base = { ...validSnapshot(), imageText: { 'images/tour_1_en.png': russianMenu } };
    const draft = draftFromWidget(base, 'amocrm');
    expect(foreignTextFiles(draftSnapshot(draft, base))).toEqual(['images/tour_1_en.png']);

    const newSlide = { file: 'tour_1_en.png', data: new Uint8Array(4), mediaType: 'image/png', width: 1188, height: 616, bytes: 4 };
    const replaced = virtualBase(base, draft, { branding: null, slides: { en: { setId: 'set-1', images: [newSlide] } } } as never);
    expect(replaced.imageText).toEqual({});
    expect(foreignTextFiles(draftSnapshot(draft, replaced))).toEqual([]);
  });
});
