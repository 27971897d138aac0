import sharp from 'sharp';
import type { DecodedImage } from './decode-source';
import { containPlacement, coverScale, type Size } from './placement';
import type { Background, CoverPosition, ResolvedFrameOptions } from './studio-options';

/** Uncompressed pixels of one finished output, ready for the encoder. */
export interface RawFrame extends Size {
  data: Buffer;
  channels: 3 | 4;
  /** How much the source as the user gave it was enlarged (> 1) or reduced to make this frame. */
  scaleFromOriginal: number;
}

const COVER_POSITIONS: Record<CoverPosition, string | number> = {
  centre: 'centre',
  attention: sharp.strategy.attention,
  entropy: sharp.strategy.entropy,
};

const TRANSPARENT = { r: 0, g: 0, b: 0, alpha: 0 };

/** Fill one frame from a decoded source: contain (whole image, padded, centred) or cover (filled, cropped). */
export async function renderFrame(image: DecodedImage, frame: Size, options: ResolvedFrameOptions): Promise<RawFrame> {
  let pipeline = sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } });
  if (options.background && image.channels === 4) pipeline = pipeline.flatten({ background: options.background });
  let scaleFromOriginal: number;
  if (options.fit === 'cover') {
    pipeline = pipeline.resize(frame.width, frame.height, { fit: 'cover', position: COVER_POSITIONS[options.position] });
    scaleFromOriginal = coverScale(image.original, frame);
  } else {
    const placed = containPlacement(image, frame, options.padding);
    if (placed.width !== image.width || placed.height !== image.height) {
      pipeline = pipeline.resize(placed.width, placed.height, { fit: 'fill' });
    }
    const right = frame.width - placed.width - placed.left;
    const bottom = frame.height - placed.height - placed.top;
    if (placed.left || placed.top || right || bottom) {
      pipeline = pipeline.extend({ left: placed.left, top: placed.top, right, bottom, background: extendColour(options.background) });
    }
    scaleFromOriginal = containPlacement(image.original, frame, options.padding).scale;
  }
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels === 4 ? 4 : 3, scaleFromOriginal };
}

function extendColour(background: Background): { r: number; g: number; b: number; alpha: number } {
  return background ? { ...background, alpha: 1 } : TRANSPARENT;
}
