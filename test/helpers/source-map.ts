const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

/** A source map for a one-line bundle: each [column, source] pair starts a segment (columns 0-based). */
export function sourceMap(sources: string[], segments: Array<[number, number]>): string {
  let column = 0;
  let source = 0;
  const parts = segments.map(([nextColumn, nextSource]) => {
    const part = vlq(nextColumn - column) + vlq(nextSource - source) + vlq(0) + vlq(0);
    column = nextColumn;
    source = nextSource;
    return part;
  });
  return JSON.stringify({ version: 3, sources, names: [], mappings: parts.join(',') });
}
