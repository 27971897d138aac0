import { crc32 as crc32Of } from 'node:zlib';

/**
 * Reads a zip's central directory: names, sizes, flags and attributes of every entry, without
 * inflating anything. This is what lets a zip bomb be refused from its declared sizes, and what
 * sees what JSZip hides (duplicate names collapse in its map; encrypted entries make it throw).
 * Format: PKWARE APPNOTE.TXT sections 4.3.12 (central header), 4.3.16 (end of central directory)
 * and 4.5.3 (ZIP64 extra field).
 */

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
export const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_EXTRA_ID = 0x0001;
const UNICODE_PATH_EXTRA_ID = 0x7075;

const HOST_UNIX = 3;
const HOST_DARWIN = 19;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

export interface ZipDirectoryEntry {
  /** The name as stored, decoded to text. */
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  isDirectory: boolean;
  isSymlink: boolean;
  isEncrypted: boolean;
}

export class ZipFormatError extends Error {}

/** The table of contents lists more entries than the reader takes; thrown before any entry is read. */
export class TooManyEntriesError extends Error {
  constructor(readonly entryCount: number) {
    super(`the archive lists ${entryCount} entries`);
  }
}

/** True when the bytes start like a zip (a local file header, or the end record of an empty zip). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  return (bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06);
}

export function readZipDirectory(bytes: Uint8Array, maxEntries = Number.POSITIVE_INFINITY): ZipDirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  let entryCount = view.getUint16(eocd + 10, true);
  let directorySize = view.getUint32(eocd + 12, true);
  let directoryOffset = view.getUint32(eocd + 16, true);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) {
    throw new ZipFormatError('it is a split (multi-part) archive; make a single widget.zip');
  }

  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const zip64 = readZip64End(view, eocd);
    if (zip64) ({ entryCount, directorySize, directoryOffset } = zip64);
  }
  if (entryCount > maxEntries) throw new TooManyEntriesError(entryCount);
  if (directoryOffset + directorySize > view.byteLength) {
    throw new ZipFormatError('its table of contents points past the end of the file (the download or copy was cut short)');
  }

  const entries: ZipDirectoryEntry[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < entryCount; index += 1) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError(`entry ${index + 1} of ${entryCount} in its table of contents is damaged`);
    }
    const entry = readCentralHeader(bytes, view, offset);
    entries.push(entry.entry);
    offset = entry.next;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) return offset;
  }
  throw new ZipFormatError('it has no zip table of contents (not a zip file, or cut short)');
}

function readZip64End(view: DataView, eocd: number): { entryCount: number; directorySize: number; directoryOffset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const end = safeNumber(view.getBigUint64(locator + 8, true));
  if (end + 56 > view.byteLength || view.getUint32(end, true) !== ZIP64_EOCD_SIGNATURE) {
    throw new ZipFormatError('its ZIP64 end record is damaged');
  }
  return {
    entryCount: safeNumber(view.getBigUint64(end + 32, true)),
    directorySize: safeNumber(view.getBigUint64(end + 40, true)),
    directoryOffset: safeNumber(view.getBigUint64(end + 48, true)),
  };
}

function readCentralHeader(bytes: Uint8Array, view: DataView, offset: number): { entry: ZipDirectoryEntry; next: number } {
  const madeBy = view.getUint16(offset + 4, true);
  const flags = view.getUint16(offset + 8, true);
  const method = view.getUint16(offset + 10, true);
  const crc32 = view.getUint32(offset + 16, true);
  let compressedSize = view.getUint32(offset + 20, true);
  let uncompressedSize = view.getUint32(offset + 24, true);
  const nameLength = view.getUint16(offset + 28, true);
  const extraLength = view.getUint16(offset + 30, true);
  const commentLength = view.getUint16(offset + 32, true);
  const externalAttributes = view.getUint32(offset + 38, true);
  let localHeaderOffset = view.getUint32(offset + 42, true);
  const nameStart = offset + 46;
  const extraStart = nameStart + nameLength;
  const next = extraStart + extraLength + commentLength;
  if (next > view.byteLength) throw new ZipFormatError('an entry name in its table of contents is cut short');

  const rawName = bytes.subarray(nameStart, extraStart);
  let unicodeName: string | null = null;
  for (let cursor = extraStart; cursor + 4 <= extraStart + extraLength; ) {
    const id = view.getUint16(cursor, true);
    const size = view.getUint16(cursor + 2, true);
    const data = cursor + 4;
    if (data + size > extraStart + extraLength) break;
    if (id === ZIP64_EXTRA_ID) {
      // Only the fields whose 32-bit slot is saturated are present, in this order.
      let field = data;
      const take = (): number => {
        if (field + 8 > data + size) throw new ZipFormatError('its ZIP64 extra field is damaged');
        const value = safeNumber(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (uncompressedSize === 0xffffffff) uncompressedSize = take();
      if (compressedSize === 0xffffffff) compressedSize = take();
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = take();
    } else if (id === UNICODE_PATH_EXTRA_ID && size > 5 && bytes[data] === 1) {
      if (view.getUint32(data + 1, true) === crc32Of(rawName)) {
        unicodeName = new TextDecoder('utf-8').decode(bytes.subarray(data + 5, data + size));
      }
    }
    cursor = data + size;
  }

  const name = unicodeName ?? decodeEntryName(rawName, (flags & 0x0800) !== 0);
  const host = madeBy >> 8;
  const unixMode = externalAttributes >>> 16;
  const isUnix = host === HOST_UNIX || host === HOST_DARWIN;
  return {
    entry: {
      name,
      method,
      flags,
      crc32,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      isDirectory: name.endsWith('/') || (name.endsWith('\\') && uncompressedSize === 0),
      isSymlink: isUnix && (unixMode & S_IFMT) === S_IFLNK,
      isEncrypted: (flags & 0x0001) !== 0,
    },
    next,
  };
}

/**
 * Names without the UTF-8 flag are in the archiver's code page. Most tools write UTF-8 anyway;
 * when the bytes are not valid UTF-8 they usually come from a Russian Windows archiver (CP866).
 */
function decodeEntryName(raw: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder('utf-8').decode(raw);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return new TextDecoder('ibm866').decode(raw);
  }
}

/** Where an entry's compressed bytes start: after its local header, whose name and extra lengths may differ from the central ones. */
export function entryDataRange(bytes: Uint8Array, entry: ZipDirectoryEntry): { start: number; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > view.byteLength || view.getUint32(header, true) !== LOCAL_SIGNATURE) {
    throw new ZipFormatError(`the data of "${entry.name}" is not where its table of contents says`);
  }
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const end = start + entry.compressedSize;
  if (end > view.byteLength) throw new ZipFormatError(`the data of "${entry.name}" is cut short`);
  return { start, end };
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('it declares sizes no real file can have');
  return Number(value);
}
