import { describe, expect, it } from 'vitest';
import { fixTextBytes } from '../../../shared/text/fix-text';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
const BOM = [0xef, 0xbb, 0xbf];

describe('fixTextBytes', () => {
  it('removes a UTF-8 BOM and converts CRLF to LF', () => {
    const input = new Uint8Array([...BOM, ...encode('{\r\n  "a": "é"\r\n}\r\n')]);
    const result = fixTextBytes(input);
    expect(result.removedBom).toBe(true);
    expect(result.crlfLines).toBe(3);
    expect(decode(result.bytes)).toBe('{\n  "a": "é"\n}\n');
  });

  it('turns a lone CR into LF and counts it', () => {
    const result = fixTextBytes(encode('one\rtwo\r\nthree\n'));
    expect(decode(result.bytes)).toBe('one\ntwo\nthree\n');
    expect(result.crlfLines).toBe(2);
    expect(result.removedBom).toBe(false);
  });

  it('returns the same bytes untouched when there is nothing to fix', () => {
    const input = encode('clean\nfile\n');
    const result = fixTextBytes(input);
    expect(result).toEqual({ bytes: input, removedBom: false, crlfLines: 0 });
    expect(result.bytes).toBe(input);
  });

  it('leaves invalid UTF-8 bytes exactly as they were (never re-encodes)', () => {
    // "café" in Windows-1252 with CRLF: the 0xE9 byte must survive.
    const input = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0d, 0x0a, 0x78]);
    const result = fixTextBytes(input);
    expect(Array.from(result.bytes)).toEqual([0x63, 0x61, 0x66, 0xe9, 0x0a, 0x78]);
  });

  it('keeps a BOM-like sequence that is not at the start', () => {
    const input = new Uint8Array([0x61, ...BOM]);
    expect(Array.from(fixTextBytes(input).bytes)).toEqual([0x61, ...BOM]);
  });

  it('does not touch UTF-16 files, whose line breaks are two bytes', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x0d, 0x00, 0x0a, 0x00, 0x62, 0x00]);
    const result = fixTextBytes(utf16);
    expect(result.bytes).toBe(utf16);
    expect(result.crlfLines).toBe(0);
  });

  it('handles an empty file and a file that is only a BOM', () => {
    expect(fixTextBytes(new Uint8Array()).bytes.length).toBe(0);
    const onlyBom = fixTextBytes(new Uint8Array(BOM));
    expect(onlyBom.removedBom).toBe(true);
    expect(onlyBom.bytes.length).toBe(0);
  });
});
