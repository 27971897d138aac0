import { terminalSafe } from '../../shared/format/terminal-safe';
import { formatBytes } from '../services/image-studio/generated-image';
import type { LeftOutFile, PlannedFile } from '../services/widget-packer';

/** The files widget.zip would hold, as an indented tree with sizes, then what pack leaves out. */
export function formatPackageTree(planned: readonly PlannedFile[], leftOut: readonly LeftOutFile[], zipName: string): string {
  const total = planned.reduce((sum, file) => sum + file.size, 0);
  const lines = [`${zipName} would hold ${planned.length} file${planned.length === 1 ? '' : 's'} (${formatBytes(total)} before compression):`];
  const rows: Array<{ label: string; size: string }> = [];
  let openFolders: string[] = [];
  for (const file of planned) {
    const segments = file.path.split('/');
    const folders = segments.slice(0, -1);
    let shared = 0;
    while (shared < folders.length && shared < openFolders.length && folders[shared] === openFolders[shared]) shared += 1;
    for (let depth = shared; depth < folders.length; depth += 1) rows.push({ label: `${'  '.repeat(depth + 1)}${folders[depth]}/`, size: '' });
    openFolders = folders;
    rows.push({ label: `${'  '.repeat(folders.length + 1)}${segments[segments.length - 1]}`, size: formatBytes(file.size) });
  }
  let labelWidth = 0;
  let sizeWidth = 0;
  for (const row of rows) {
    labelWidth = Math.max(labelWidth, row.label.length);
    sizeWidth = Math.max(sizeWidth, row.size.length);
  }
  for (const row of rows) lines.push(row.size ? `${row.label.padEnd(labelWidth)}  ${row.size.padStart(sizeWidth)}` : row.label);
  if (leftOut.length > 0) {
    lines.push('', `Left out (${leftOut.length}):`);
    for (const file of leftOut) lines.push(`  ${file.path}  (${file.why})`);
  }
  return `${terminalSafe(lines.join('\n'), { keepLineBreaks: true })}\n`;
}
