import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import sharp from 'sharp';
import { mapWithConcurrency } from '../../../electron/services/reader/concurrency';
import { PLATFORM_PROFILES, type PlatformId } from '../../../shared/platform/profiles';
import { validWidgetFiles, type FixtureFiles } from '../../helpers/widget-fixture';

/** Test helpers that put real widgets, real images and real zips on disk. */

const encoder = new TextEncoder();
const made: string[] = [];

export function toBytes(content: string | Uint8Array | object): Uint8Array {
  if (content instanceof Uint8Array) return content;
  if (typeof content === 'string') return encoder.encode(content);
  return encoder.encode(`${JSON.stringify(content, null, 2)}\n`);
}

export async function tempFolder(prefix = 'wp-reader-'): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  made.push(folder);
  return folder;
}

export async function removeTempFolders(): Promise<void> {
  await Promise.all(made.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
}

export async function writeTree(root: string, files: FixtureFiles): Promise<string> {
  const targets = Object.entries(files).map(([path, content]) => ({ target: join(root, ...path.split('/')), content }));
  for (const folder of new Set(targets.map(({ target }) => dirname(target)))) await mkdir(folder, { recursive: true });
  await mapWithConcurrency(targets, 32, ({ target, content }) => writeFile(target, toBytes(content)));
  return root;
}

/** A real PNG of exactly this size: a gradient, so it is not trivially compressible to nothing. */
export async function pngOf(width: number, height: number): Promise<Uint8Array> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = (y * width + x) * 3;
      pixels[offset] = (x * 255) / Math.max(1, width - 1);
      pixels[offset + 1] = (y * 255) / Math.max(1, height - 1);
      pixels[offset + 2] = 128;
    }
  }
  return new Uint8Array(await sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer());
}

export async function jpegOf(width: number, height: number): Promise<Uint8Array> {
  return new Uint8Array(await sharp({ create: { width, height, channels: 3, background: '#3a7' } }).jpeg().toBuffer());
}

/** Random pixels do not compress: a PNG well over 300 KB at a modest size. */
export async function noisyPngOf(width: number, height: number): Promise<Uint8Array> {
  const pixels = randomBytes(width * height * 3);
  return new Uint8Array(await sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer());
}

/** validWidgetFiles with real PNGs of the exact sizes the platform wants, branding and slides. */
export async function validWidgetOnDiskFiles(platform: PlatformId = 'amocrm'): Promise<FixtureFiles> {
  const profile = PLATFORM_PROFILES[platform];
  const files = validWidgetFiles(platform);
  for (const spec of profile.images.branding) {
    if (!spec.whenLocation) files[`images/${spec.file}`] = await pngOf(spec.width, spec.height);
  }
  const slide = await pngOf(profile.images.slide.width, profile.images.slide.height);
  for (const locale of profile.defaultLocales) files[`images/tour_1_${locale}.png`] = slide;
  return files;
}

export async function zipWithJszip(
  files: FixtureFiles,
  options: { streamFiles?: boolean; compression?: 'DEFLATE' | 'STORE' } = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(files)) zip.file(path, toBytes(content), { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: options.compression ?? 'DEFLATE', streamFiles: options.streamFiles ?? false });
}

export function hasCommand(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface CraftedEntry {
  name: string;
  data?: Uint8Array;
  /** 0 stored, 8 deflate (default). */
  method?: number;
  flags?: number;
  /** Host byte of "version made by": 3 is UNIX. */
  host?: number;
  /** Upper 16 bits of the external attributes on a UNIX host: the file mode. */
  unixMode?: number;
  /** Lie about the unpacked size, or declare a size without holding the data. */
  declaredSize?: number;
  /** Already-compressed data (with `declaredSize` and `crc`), to build a bomb without allocating it. */
  compressed?: Uint8Array;
  crc?: number;
}

/**
 * A zip written byte by byte, for entries no archiver will write: duplicates, links, encrypted
 * flags, lying sizes. Layout per PKWARE APPNOTE 4.3.
 */
export function craftZip(entries: readonly CraftedEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.data ?? new Uint8Array(0);
    const method = entry.method ?? 8;
    const compressed = entry.compressed ?? (method === 8 ? deflateRawSync(data) : Buffer.from(data));
    const crc = entry.crc ?? crc32(data);
    const size = entry.declaredSize ?? data.length;
    const flags = (entry.flags ?? 0) | 0x0800;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, Buffer.from(compressed));

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(((entry.host ?? 3) << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((entry.unixMode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
