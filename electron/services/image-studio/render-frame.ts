import sharp, { type Sharp } from 'sharp';
import type { SourceImage } from './decode-source';
import { containPlacement, coverScale, type Size } from './placement';
import type { Background, CoverPosition, ResolvedFrameOptions } from './studio-options';

/** One output frame as a recipe: each `create()` is a fresh pipeline from the source to these pixels. */
export interface FramePipeline extends Size {
  /** How much the source as the user gave it was enlarged (> 1) or reduced to make this frame. */
  scaleFromOriginal: number;
  create(): Sharp;
  /** Turns a decode failure inside `create()` into a message about the source file. */
  explain(error: unknown): Error;
}

const COVER_POSITIONS: Record<CoverPosition, string | number> = {
  centre: 'centre',
  attention: sharp.strategy.attention,
  entropy: sharp.strategy.entropy,
};

const TRANSPARENT = { r: 0, g: 0, b: 0, alpha: 0 };

/** Fill one frame from a source: contain (whole image, padded, centred) or cover (filled, cropped). */
export function frameFrom(image: SourceImage, frame: Size, options: ResolvedFrameOptions): FramePipeline {
  const flatten = (pipeline: Sharp) => (options.background && image.hasAlpha ? pipeline.flatten({ background: options.background }) : pipeline);
  const base = { width: frame.width, height: frame.height, explain: image.explain };
  if (options.fit === 'cover') {
    const position = COVER_POSITIONS[options.position];
    return {
      ...base,
      scaleFromOriginal: coverScale(image.content, frame),
      create: () => flatten(image.pipeline()).resize(frame.width, frame.height, { fit: 'cover', position }),
    };
  }
  const placed = containPlacement(image, frame, options.padding);
  const right = frame.width - placed.width - placed.left;
  const bottom = frame.height - placed.height - placed.top;
  const resized = placed.width !== image.width || placed.height !== image.height;
  const extended = placed.left > 0 || placed.top > 0 || right > 0 || bottom > 0;
  return {
    ...base,
    scaleFromOriginal: containPlacement(image.content, frame, options.padding).scale,
    create: () => {
      let pipeline = flatten(image.pipeline());
      if (resized) pipeline = pipeline.resize(placed.width, placed.height, { fit: 'fill' });
      if (extended) pipeline = pipeline.extend({ left: placed.left, top: placed.top, right, bottom, background: extendColour(options.background) });
      return pipeline;
    },
  };
}

function extendColour(background: Background): { r: number; g: number; b: number; alpha: number } {
  return background ? { ...background, alpha: 1 } : TRANSPARENT;
}
