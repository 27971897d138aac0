import { hasUtf8Bom } from './text-decoding';
import { looksLikeUtf16 } from './utf8-scan';

export interface FixedText {
  /** The repaired bytes; the input itself when nothing had to change. */
  bytes: Uint8Array;
  removedBom: boolean;
  /** Line endings turned into LF: CR LF pairs and lone CRs. */
  crlfLines: number;
}

const CR = 0x0d;
const LF = 0x0a;

/**
 * What `widget-publisher fix` does to a text file: drop the UTF-8 BOM and turn CR LF and lone CR
 * into LF. Byte-level on purpose: every other byte stays as it was (invalid UTF-8 included), the
 * file is never decoded and re-encoded. UTF-16 files are left alone: their CR is two bytes, and
 * rewriting them needs a real conversion the user should choose (file/encoding reports them).
 */
export function fixTextBytes(bytes: Uint8Array): FixedText {
  if (looksLikeUtf16(bytes)) return { bytes, removedBom: false, crlfLines: 0 };
  const removedBom = hasUtf8Bom(bytes);
  const start = removedBom ? 3 : 0;
  let crlfLines = 0;
  for (let index = start; index < bytes.length; index += 1) {
    if (bytes[index] === CR) crlfLines += 1;
  }
  if (!removedBom && crlfLines === 0) return { bytes, removedBom, crlfLines };

  const output = new Uint8Array(bytes.length - start);
  let length = 0;
  for (let index = start; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (byte === CR) {
      output[length++] = LF;
      if (bytes[index + 1] === LF) index += 1;
    } else {
      output[length++] = byte;
    }
  }
  return { bytes: output.slice(0, length), removedBom, crlfLines };
}
