import { describe, expect, it } from 'vitest';
import { findInvalidUtf8, lineEndingStats, looksLikeUtf16 } from '../../../shared/text/utf8-scan';

const encode = (text: string) => new TextEncoder().encode(text);

describe('findInvalidUtf8', () => {
  it('accepts valid UTF-8 of every length, emoji included', () => {
    expect(findInvalidUtf8(encode('a é Ж € 👍🏽 中'))).toBeNull();
    expect(findInvalidUtf8(new Uint8Array())).toBeNull();
  });

  it('finds the first bad byte with its line and column', () => {
    const bytes = new Uint8Array([...encode('line one\nsé '), 0xe9, 0x20, 0x41]);
    expect(findInvalidUtf8(bytes)).toMatchObject({ line: 2, column: 4, bytes: [0xe9, 0x20, 0x41] });
  });

  it('counts CRLF and lone CR as one line break each', () => {
    const bytes = new Uint8Array([...encode('a\r\nb\rc\n'), 0xff]);
    expect(findInvalidUtf8(bytes)).toMatchObject({ line: 4, column: 1 });
  });

  it('accepts plain ASCII, and finds one bad byte after a long run of it, also as the last byte', () => {
    const code = 'define([], function () {\n  return 1;\n});\n'.repeat(200);
    expect(findInvalidUtf8(encode(code))).toBeNull();
    expect(findInvalidUtf8(new Uint8Array([...encode(code), 0x80]))).toMatchObject({ line: 601, column: 1, bytes: [0x80] });
    expect(findInvalidUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('ok')]))).toBeNull();
  });

  it('rejects overlong forms, surrogates and truncated sequences', () => {
    expect(findInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).not.toBeNull();
    expect(findInvalidUtf8(new Uint8Array([0xe0, 0x80, 0xaf]))).not.toBeNull();
    expect(findInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).not.toBeNull();
    expect(findInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x82]))).toMatchObject({ offset: 1 });
    expect(findInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).not.toBeNull();
  });
});

describe('lineEndingStats', () => {
  it('counts CRLF and lone CR separately and finds the first line with one', () => {
    expect(lineEndingStats(encode('a\nb\r\nc\rd\r\n'))).toEqual({ crlf: 2, loneCr: 1, firstLine: 2 });
    expect(lineEndingStats(encode('a\nb\n'))).toEqual({ crlf: 0, loneCr: 0, firstLine: null });
    expect(lineEndingStats(encode('a\n'.repeat(500) + 'b\r'))).toEqual({ crlf: 0, loneCr: 1, firstLine: 501 });
  });
});

describe('looksLikeUtf16', () => {
  it('recognises UTF-16 with and without a byte-order mark, but not UTF-8', () => {
    expect(looksLikeUtf16(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toBe(true);
    expect(looksLikeUtf16(new Uint8Array([0x7b, 0x00, 0x0a, 0x00, 0x22, 0x00, 0x61, 0x00]))).toBe(true);
    expect(looksLikeUtf16(encode('{"plain": "utf-8 ё"}'))).toBe(false);
  });
});

describe('findInvalidUtf8 after a BOM', () => {
  it('does not count the invisible BOM as a column', () => {
    expect(findInvalidUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xe9]))).toMatchObject({ line: 1, column: 2, offset: 4 });
  });
});
