export { DEFAULT_LOGO_PADDING, makeLogoSet, type LogoSetOptions, type LogoSetResult } from './logo-set';
export { makeSlides, slideFileName, SLIDE_FORMATS, type SlideFormat, type SlideOptions, type SlideResult } from './slides';
export { writeImageSet } from './write-image-set';
export { addTourImages, type TourImagesEdit } from './tour-manifest';
export { formatBytes, type GeneratedImage, type StudioWarning } from './generated-image';
export type { ImageEncoding } from './encode-within-budget';
export {
  COVER_POSITIONS,
  FIT_MODES,
  MAX_PADDING_PERCENT,
  parseBackground,
  type CoverPosition,
  type FitMode,
  type FrameOptions,
  type ImageSource,
  type NamedImage,
} from './studio-options';
export { PIXEL_LIMIT, SOURCE_FORMATS } from './decode-source';
