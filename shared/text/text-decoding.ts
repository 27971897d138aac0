const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** True when the bytes are well-formed UTF-8 (a BOM is allowed here; file/bom reports it separately). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decode a text file for the rules: UTF-8, BOM removed, invalid sequences replaced
 * (file/encoding reports them; the other rules still get readable text).
 */
export function decodeText(bytes: Uint8Array): string {
  return stripBom(new TextDecoder('utf-8').decode(bytes));
}
