import { describe, expect, it } from 'vitest';
import { diffText, type DiffHunk } from '../../../shared/draft/text-diff';

/** Applies hunks to the old text's lines: the result must be the new text's lines. */
function apply(oldText: string, hunks: readonly DiffHunk[]): string[] {
  const old = oldText === '' ? [] : oldText.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  let next = 1;
  for (const hunk of hunks) {
    while (next < hunk.oldStart) out.push(old[(next += 1) - 2]);
    for (const line of hunk.lines) {
      if (line.kind !== 'removed') out.push(line.text);
      if (line.kind !== 'added') next += 1;
    }
  }
  while (next <= old.length) out.push(old[(next += 1) - 2]);
  return out;
}

function lines(count: number, prefix = 'line'): string {
  return Array.from({ length: count }, (_, index) => `${prefix} ${index + 1}\n`).join('');
}

describe('diffText', () => {
  it('finds nothing between equal texts', () => {
    expect(diffText('a\nb\n', 'a\nb\n')).toEqual([]);
  });

  it('shows one changed line with three lines of context and line numbers', () => {
    const before = lines(10);
    const after = before.replace('line 5\n', 'line five\n');
    const [hunk, ...rest] = diffText(before, after);
    expect(rest).toEqual([]);
    expect(hunk).toMatchObject({ oldStart: 2, oldLines: 7, newStart: 2, newLines: 7 });
    expect(hunk.lines.map((line) => `${line.kind[0]} ${line.text}`)).toEqual([
      'c line 2', 'c line 3', 'c line 4', 'r line 5', 'a line five', 'c line 6', 'c line 7', 'c line 8',
    ]);
    expect(hunk.lines[3]).toMatchObject({ oldLine: 5, newLine: null });
    expect(hunk.lines[4]).toMatchObject({ oldLine: null, newLine: 5 });
  });

  it('splits changes far apart into separate hunks and joins near ones', () => {
    const before = lines(40);
    expect(diffText(before, before.replace('line 2\n', 'x\n').replace('line 30\n', 'y\n'))).toHaveLength(2);
    expect(diffText(before, before.replace('line 2\n', 'x\n').replace('line 8\n', 'y\n'))).toHaveLength(1);
  });

  it('shows a new file as all added, and a missing final newline as a change', () => {
    const [created] = diffText(null, '{\n}\n');
    expect(created.lines.map((line) => line.kind)).toEqual(['added', 'added']);
    const [newline] = diffText('{\n}', '{\n}\n');
    expect(newline.lines.map((line) => [line.kind, line.noNewline])).toEqual([
      ['context', false],
      ['removed', true],
      ['added', false],
    ]);
  });

  it('shows CRLF line ends rewritten as LF', () => {
    expect(diffText('a\r\nb\r\n', 'a\nb\n')[0].lines.map((line) => line.kind)).toEqual(['removed', 'removed', 'added', 'added']);
  });

  it('always describes how to get from the old text to the new one', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round += 1) {
      const pick = () => Array.from({ length: Math.floor(random() * 12) }, () => `${'abc'[Math.floor(random() * 3)]}\n`).join('');
      const before = pick();
      const after = pick();
      expect(apply(before, diffText(before, after, 1)), `${JSON.stringify(before)} -> ${JSON.stringify(after)}`).toEqual(
        after === '' ? [] : after.replace(/\n$/, '').split('\n'),
      );
    }
  });

  it('stays fast on a large rewrite', () => {
    // A quadratic diff would not finish within the test timeout; the time itself is measured in `npm run bench`.
    const hunks = diffText(lines(5000, 'old'), lines(5000, 'new'));
    expect(hunks).toHaveLength(1);
  });
});
