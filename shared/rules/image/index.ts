import type { Rule } from '../rule';
import { imageCorruptRule } from './corrupt';
import { imageDimensionsRule } from './dimensions';
import { imageFileSizeRule } from './file-size';
import { imageFormatRule } from './format';
import { imageForeignTextRule } from './foreign-text';
import { imageMissingRule } from './missing';
import { imageSlideRule } from './slide';

/** Rules of the `image/` group, in the order they appear in docs/rules.md. */
export const imageRules: readonly Rule[] = [
  imageMissingRule,
  imageDimensionsRule,
  imageFormatRule,
  imageFileSizeRule,
  imageCorruptRule,
  imageSlideRule,
  imageForeignTextRule,
];
