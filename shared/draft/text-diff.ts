/**
 * Line diff for the "files that will be written" preview (Myers' O(ND) algorithm on the lines
 * that differ after the common start and end are set aside). Lines keep their terminator, so a
 * CRLF file rewritten with LF, or a final newline added, shows as the change it is.
 */

export type DiffLineKind = 'context' | 'added' | 'removed';

export interface DiffLine {
  kind: DiffLineKind;
  /** The line without its line terminator. */
  text: string;
  /** 1-based line numbers; null on the side the line is not on. */
  oldLine: number | null;
  newLine: number | null;
  /** The line has no `\n` after it (the last line of a file without a final newline). */
  noNewline: boolean;
}

export interface DiffHunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: DiffLine[];
}

/** Past this many changed lines the diff is shown as "all of the middle replaced" instead of searched for. */
const MAX_EDIT_DISTANCE = 1000;

function splitLines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

type Op = { kind: DiffLineKind; line: string };

/** Shortest edit script between a and b (Myers 1986), or null when it is longer than the limit. */
function myers(a: readonly string[], b: readonly string[]): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d += 1) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace);
    }
  }
  return null;
}

function backtrack(a: readonly string[], b: readonly string[], trace: readonly Int32Array[]): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const window = trace[d];
    const at = (k: number): number => window[k + d + 1];
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      ops.push({ kind: 'context', line: a[x - 1] });
      x -= 1;
      y -= 1;
    }
    if (d > 0) {
      if (x === previousX) ops.push({ kind: 'added', line: b[previousY] });
      else ops.push({ kind: 'removed', line: a[previousX] });
    }
    x = previousX;
    y = previousY;
  }
  return ops.reverse();
}

function editScript(a: readonly string[], b: readonly string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  const middle = myers(middleA, middleB) ?? [
    ...middleA.map((line): Op => ({ kind: 'removed', line })),
    ...middleB.map((line): Op => ({ kind: 'added', line })),
  ];
  const same = (line: string): Op => ({ kind: 'context', line });
  return [...a.slice(0, start).map(same), ...middle, ...a.slice(endA).map(same)];
}

/**
 * Hunks of changed lines with `context` unchanged lines around them, as `diff -u` groups them.
 * `oldText` null means the file does not exist yet: every line is added.
 */
export function diffText(oldText: string | null, newText: string, context = 3): DiffHunk[] {
  const ops = editScript(splitLines(oldText ?? ''), splitLines(newText));
  let oldLine = 1;
  let newLine = 1;
  const lines: DiffLine[] = ops.map((op) => {
    const noNewline = !op.line.endsWith('\n');
    const line: DiffLine = {
      kind: op.kind,
      text: op.line.replace(/\r?\n$/, ''),
      oldLine: op.kind === 'added' ? null : oldLine,
      newLine: op.kind === 'removed' ? null : newLine,
      noNewline,
    };
    if (op.kind !== 'added') oldLine += 1;
    if (op.kind !== 'removed') newLine += 1;
    return line;
  });

  const hunks: DiffHunk[] = [];
  let index = 0;
  while (index < lines.length) {
    if (lines[index].kind === 'context') {
      index += 1;
      continue;
    }
    const from = Math.max(0, index - context);
    let to = index;
    // Extend while the next change is close enough to share the context lines.
    for (let next = index; next < lines.length; next += 1) {
      if (lines[next].kind !== 'context') to = next;
      else if (next - to > 2 * context) break;
    }
    const end = Math.min(lines.length, to + context + 1);
    const slice = lines.slice(from, end);
    const first = slice[0];
    hunks.push({
      oldStart: first.oldLine ?? oldLineBefore(lines, from),
      oldLines: slice.filter((line) => line.kind !== 'added').length,
      newStart: first.newLine ?? newLineBefore(lines, from),
      newLines: slice.filter((line) => line.kind !== 'removed').length,
      lines: slice,
    });
    index = end;
  }
  return hunks;
}

/** Where a hunk that starts with an added line sits on the old side (the line after the last old one before it). */
function oldLineBefore(lines: readonly DiffLine[], index: number): number {
  for (let previous = index - 1; previous >= 0; previous -= 1) {
    const line = lines[previous].oldLine;
    if (line !== null) return line + 1;
  }
  return lines.slice(index).find((line) => line.oldLine !== null)?.oldLine ?? 1;
}

function newLineBefore(lines: readonly DiffLine[], index: number): number {
  for (let previous = index - 1; previous >= 0; previous -= 1) {
    const line = lines[previous].newLine;
    if (line !== null) return line + 1;
  }
  return lines.slice(index).find((line) => line.newLine !== null)?.newLine ?? 1;
}
