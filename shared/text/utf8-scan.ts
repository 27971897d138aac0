/**
 * Byte-level facts about text files: where UTF-8 breaks, how lines end, whether it is UTF-16.
 * Works on bytes, never on decoded text, so a broken file is described as it really is.
 */

const CR = 0x0d;
const LF = 0x0a;

export interface LineEndingStats {
  /** Lines that end with CR LF (Windows). */
  crlf: number;
  /** Lines that end with a CR alone (classic Mac). */
  loneCr: number;
  /** 1-based line of the first CR LF or lone CR; null when there is none. */
  firstLine: number | null;
}

/** Counts Windows (CR LF) and old Mac (CR) line endings. CR never occurs inside a UTF-8 sequence. */
export function lineEndingStats(bytes: Uint8Array): LineEndingStats {
  // Most files have no CR at all: a native search answers that without the loop.
  if (bytes.indexOf(CR) === -1) return { crlf: 0, loneCr: 0, firstLine: null };
  let crlf = 0;
  let loneCr = 0;
  let firstLine: number | null = null;
  let line = 1;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (byte === LF) {
      line += 1;
    } else if (byte === CR) {
      firstLine ??= line;
      if (bytes[index + 1] === LF) {
        crlf += 1;
        index += 1;
      } else {
        loneCr += 1;
      }
      line += 1;
    }
  }
  return { crlf, loneCr, firstLine };
}

export interface InvalidUtf8 {
  /** Byte offset of the first byte that is not part of a valid UTF-8 sequence. */
  offset: number;
  /** 1-based line (LF, CR LF and lone CR all end a line). */
  line: number;
  /** 1-based column: characters (code points) before the bad byte on its line, plus one. */
  column: number;
  /** The offending bytes (up to 4), for the message. */
  bytes: number[];
}

/** Length of the valid UTF-8 sequence starting at `index`, or 0 when it is invalid there. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const first = bytes[index];
  if (first < 0x80) return 1;
  let length: number;
  let min: number;
  let max = 0xbf;
  if (first >= 0xc2 && first <= 0xdf) {
    return (bytes[index + 1] & 0xc0) === 0x80 && index + 1 < bytes.length ? 2 : 0;
  } else if (first >= 0xe0 && first <= 0xef) {
    length = 3;
    // Overlong forms (E0 80..9F) and UTF-16 surrogates (ED A0..BF) are not valid UTF-8.
    min = first === 0xe0 ? 0xa0 : 0x80;
    if (first === 0xed) max = 0x9f;
  } else if (first >= 0xf0 && first <= 0xf4) {
    length = 4;
    min = first === 0xf0 ? 0x90 : 0x80;
    if (first === 0xf4) max = 0x8f;
  } else {
    return 0;
  }
  if (index + length > bytes.length) return 0;
  const second = bytes[index + 1];
  if (second < min || second > max) return 0;
  for (let next = index + 2; next < index + length; next += 1) {
    if ((bytes[next] & 0xc0) !== 0x80) return 0;
  }
  return length;
}

/** The first place the bytes stop being UTF-8, or null when the whole file is valid. */
export function findInvalidUtf8(bytes: Uint8Array): InvalidUtf8 | null {
  // Plain ASCII (most code) is valid UTF-8: only a file with a byte of 0x80 or more needs the walk below.
  let ascii = true;
  for (let index = 0; index < bytes.length; index += 1) {
    if (bytes[index] >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return null;
  let line = 1;
  let column = 1;
  // A leading BOM is invisible in editors, so it takes no column.
  let index = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index);
    if (length === 0) {
      return { offset: index, line, column, bytes: Array.from(bytes.subarray(index, Math.min(index + 4, bytes.length))) };
    }
    const byte = bytes[index];
    if (byte === LF || (byte === CR && bytes[index + 1] !== LF)) {
      line += 1;
      column = 1;
    } else if (byte !== CR) {
      column += 1;
    }
    index += length;
  }
  return null;
}

/** UTF-16 (or UTF-32) text: a byte-order mark, or NUL bytes in every other position of its start. */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = Math.min(bytes.length, 1024);
  if (sample < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample; index += 1) {
    if (bytes[index] === 0) {
      if (index % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  }
  const half = sample / 2;
  return evenZeros >= half * 0.4 || oddZeros >= half * 0.4;
}
