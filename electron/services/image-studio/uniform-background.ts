/**
 * A logo drawn on a solid background (white, or any one colour) becomes a coloured box once it is
 * placed on the marketplace's dark or tinted cards. These find such a background from the image's
 * border and make it transparent: only the background connected to the border is cleared, so white
 * inside the logo (a letter's counter, a highlight) stays.
 */
import type { Rgb } from './studio-options';

export interface RawPixels {
  data: Buffer;
  width: number;
  height: number;
  channels: 3 | 4;
}

/** How far a border pixel may differ, per channel, from the background colour (JPEG noise, anti-aliasing). */
const BORDER_TOLERANCE = 12;
/** Pixels this close to the background are cleared when connected to it. */
const FILL_TOLERANCE = 24;
/** Below this alpha a border pixel is already see-through: the background is not opaque. */
const OPAQUE_ALPHA = 250;

function near(data: Buffer, offset: number, colour: Rgb, tolerance: number): boolean {
  return Math.abs(data[offset] - colour.r) <= tolerance && Math.abs(data[offset + 1] - colour.g) <= tolerance && Math.abs(data[offset + 2] - colour.b) <= tolerance;
}

function borderOffsets(width: number, height: number): number[] {
  const pixels: number[] = [];
  for (let x = 0; x < width; x++) pixels.push(x, (height - 1) * width + x);
  for (let y = 1; y < height - 1; y++) pixels.push(y * width, y * width + width - 1);
  return pixels;
}

/** The colour of a uniform opaque border, or null when the border is see-through, mixed, or the whole image is that colour. */
export function uniformBorderColour(raw: RawPixels): Rgb | null {
  const { data, width, height, channels } = raw;
  if (width < 3 || height < 3) return null;
  const first = 0;
  const colour = { r: data[first], g: data[first + 1], b: data[first + 2] };
  for (const pixel of borderOffsets(width, height)) {
    const offset = pixel * channels;
    if (channels === 4 && data[offset + 3] < OPAQUE_ALPHA) return null;
    if (!near(data, offset, colour, BORDER_TOLERANCE)) return null;
  }
  // A blank image is not a logo on a background.
  for (let offset = 0; offset < data.length; offset += channels) {
    if (!near(data, offset, colour, FILL_TOLERANCE)) return colour;
  }
  return null;
}

/** RGBA pixels with the background connected to the border made fully transparent. */
export function clearUniformBackground(raw: RawPixels, colour: Rgb): RawPixels {
  const { width, height, channels } = raw;
  const count = width * height;
  const rgba = Buffer.allocUnsafe(count * 4);
  for (let pixel = 0; pixel < count; pixel++) {
    const from = pixel * channels;
    rgba[pixel * 4] = raw.data[from];
    rgba[pixel * 4 + 1] = raw.data[from + 1];
    rgba[pixel * 4 + 2] = raw.data[from + 2];
    rgba[pixel * 4 + 3] = channels === 4 ? raw.data[from + 3] : 255;
  }
  const seen = new Uint8Array(count);
  const queue = new Int32Array(count);
  let head = 0;
  let tail = 0;
  const visit = (pixel: number) => {
    if (seen[pixel]) return;
    seen[pixel] = 1;
    if (!near(rgba, pixel * 4, colour, FILL_TOLERANCE)) return;
    rgba[pixel * 4 + 3] = 0;
    queue[tail++] = pixel;
  };
  for (const pixel of borderOffsets(width, height)) visit(pixel);
  while (head < tail) {
    const pixel = queue[head++];
    const x = pixel % width;
    if (x > 0) visit(pixel - 1);
    if (x < width - 1) visit(pixel + 1);
    if (pixel >= width) visit(pixel - width);
    if (pixel < count - width) visit(pixel + width);
  }
  return { data: rgba, width, height, channels: 4 };
}

export function hexOf(colour: Rgb): string {
  return `#${[colour.r, colour.g, colour.b].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}
