import { UserError } from '../user-error';

export type FitMode = 'contain' | 'cover';
export type CoverPosition = 'centre' | 'attention' | 'entropy';

export const FIT_MODES: readonly FitMode[] = ['contain', 'cover'];
export const COVER_POSITIONS: readonly CoverPosition[] = ['centre', 'attention', 'entropy'];

/** Padding is a share of the frame's shorter side, on every side; above 40 % the logo would be a speck. */
export const MAX_PADDING_PERCENT = 40;

/** An opaque colour, or null for a transparent background. */
export type Rgb = { r: number; g: number; b: number };
export type Background = Rgb | null;

/** What the user can hand over as an image: a path, bytes, or bytes or a path with the name to use in messages. */
export type ImageSource = string | Buffer | NamedImage;

export type NamedImage = { name: string; data: Buffer } | { name: string; path: string };

/** How one frame is filled from its source; shared by logos and slides. */
export interface FrameOptions {
  fit?: FitMode;
  position?: CoverPosition;
  /** '#RRGGBB', '#RGB' or 'transparent'. */
  background?: string;
  /** 0-40: empty margin on every side, as a percentage of the frame's shorter side (contain only). */
  padding?: number;
}

export interface ResolvedFrameOptions {
  fit: FitMode;
  position: CoverPosition;
  background: Background;
  padding: number;
}

export function parseBackground(value: string, option = 'background'): Background {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return null;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(text);
  const parts = long ? long.slice(1) : short ? short.slice(1).map((digit) => digit + digit) : null;
  if (!parts) {
    throw new UserError(`The ${option} "${value}" is not a colour: use '#RRGGBB' (for example '#FFFFFF') or 'transparent'.`);
  }
  const [r, g, b] = parts.map((hex) => Number.parseInt(hex, 16));
  return { r, g, b };
}

export function resolveFrameOptions(options: FrameOptions, defaults: { background: string; padding: number }): ResolvedFrameOptions {
  const fit = options.fit ?? 'contain';
  if (!FIT_MODES.includes(fit)) throw new UserError(`The fit "${String(fit)}" is unknown: use contain or cover.`);
  const position = options.position ?? 'centre';
  if (!COVER_POSITIONS.includes(position)) {
    throw new UserError(`The position "${String(position)}" is unknown: use centre, attention or entropy.`);
  }
  const padding = options.padding ?? defaults.padding;
  if (typeof padding !== 'number' || !Number.isFinite(padding) || padding < 0 || padding > MAX_PADDING_PERCENT) {
    throw new UserError(`The padding ${String(padding)} is out of range: give a percentage from 0 to ${MAX_PADDING_PERCENT}.`);
  }
  return { fit, position, background: parseBackground(options.background ?? defaults.background), padding };
}

export function sourceName(source: ImageSource, fallback: string): string {
  if (typeof source === 'string') return source;
  if (Buffer.isBuffer(source)) return fallback;
  return source.name;
}
