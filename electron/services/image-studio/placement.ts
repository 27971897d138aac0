/** Where a source lands in a frame. Pure arithmetic, so the "never stretched" promise can be tested directly. */

export interface Size {
  width: number;
  height: number;
}

export interface Placement extends Size {
  left: number;
  top: number;
  /** Resize factor from the source to the placed image. */
  scale: number;
}

export function paddingPixels(frame: Size, paddingPercent: number): number {
  return Math.round((Math.min(frame.width, frame.height) * paddingPercent) / 100);
}

/**
 * The whole source inside the frame less its padding, centred. Width and height are rounded on their
 * own, so the aspect ratio is kept to within half a pixel: never stretched.
 */
export function containPlacement(source: Size, frame: Size, paddingPercent: number): Placement {
  const pad = paddingPixels(frame, paddingPercent);
  const innerWidth = Math.max(1, frame.width - 2 * pad);
  const innerHeight = Math.max(1, frame.height - 2 * pad);
  const scale = Math.min(innerWidth / source.width, innerHeight / source.height);
  const width = clamp(Math.round(source.width * scale), 1, innerWidth);
  const height = clamp(Math.round(source.height * scale), 1, innerHeight);
  return {
    width,
    height,
    left: Math.floor((frame.width - width) / 2),
    top: Math.floor((frame.height - height) / 2),
    scale,
  };
}

/** The factor by which cover mode scales the source: the frame is filled, the overflow cropped. */
export function coverScale(source: Size, frame: Size): number {
  return Math.max(frame.width / source.width, frame.height / source.height);
}

export interface FrameRequest extends Size {
  fit: 'contain' | 'cover';
  padding: number;
}

/** The largest factor any of the frames will scale the source by: how much detail the decode must keep. */
export function largestScale(source: Size, frames: readonly FrameRequest[]): number {
  let largest = 0;
  for (const frame of frames) {
    const scale = frame.fit === 'cover' ? coverScale(source, frame) : containPlacement(source, frame, frame.padding).scale;
    largest = Math.max(largest, scale);
  }
  return largest;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
