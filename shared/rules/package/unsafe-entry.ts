import type { UnsafeEntryKind } from '../../model/snapshot';
import { defineRule, SOURCES } from '../rule';

const REBUILD = 'Rebuild the zip from inside the widget folder, or with `widget-publisher pack`.';

/** What is wrong with each kind of entry, and what to do about it. */
const EXPLAIN: Record<UnsafeEntryKind, { why: string; fix: string }> = {
  absolute: { why: 'is stored with an absolute path, so an unzipper would write it outside the widget folder', fix: REBUILD },
  parent: { why: 'climbs out of the archive with "..", so an unzipper would write it outside the widget folder', fix: REBUILD },
  backslash: {
    why: 'uses backslashes (\\) as folder separators; zip paths use "/", so the platform may read it as one oddly named file',
    fix: 'Rebuild the zip with a tool that writes "/" separators, such as `widget-publisher pack`.',
  },
  duplicate: {
    why: 'is stored more than once; which copy an unzipper keeps is not defined',
    fix: 'Rebuild the zip so each file is in it once (`widget-publisher pack` does).',
  },
  symlink: {
    why: 'is a symbolic link; links are not followed and may point outside the widget',
    fix: 'Replace the link with the real file before zipping.',
  },
  'too-large': {
    why: 'would inflate past a safe size limit, so it was not unpacked (a possible zip bomb)',
    fix: 'Remove the oversized content from the widget and rebuild the zip.',
  },
  encrypted: {
    why: 'is password-protected; the platform cannot read encrypted entries',
    fix: 'Rebuild the zip without a password.',
  },
};

/** A name we can show as a widget path (relative, POSIX, no `..`); otherwise the finding is about the package. */
function displayPath(name: string): string | null {
  if (name === '' || name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name)) return null;
  if (name.split('/').some((part) => part === '..' || part === '.')) return null;
  return name.replace(/\/+$/, '');
}

export const unsafeEntryRule = defineRule({
  id: 'package/unsafe-entry',
  defaultSeverity: 'error',
  summary: 'widget.zip must not hold absolute, "..", backslash, duplicate, linked, encrypted or oversized entries.',
  docs:
    'The platform unpacks widget.zip on its servers. Entries with absolute paths or ".." would land outside the widget ' +
    'folder (a "zip slip"), backslash separators are not folder separators in a zip, duplicate names make the result ' +
    'depend on the unzipper, symbolic links can point anywhere, encrypted entries cannot be read, and an archive that ' +
    'inflates far past its size (a zip bomb) is refused. Widget Publisher never inflates such entries: it reports them ' +
    'here and checks the rest. Fix: rebuild the zip from the widget folder with `widget-publisher pack`, which writes ' +
    'plain relative "/" paths, each file once, no links and no password.',
  sources: [
    SOURCES.upload('Загрузка виджета: архив widget.zip; "В случае ошибки загрузки архива ... вы увидите ошибку"'),
    SOURCES.structure('Типовые ошибки'),
  ],
  check(context, report) {
    const subject = context.snapshot.source.kind === 'zip' ? 'Zip entry' : 'File';
    for (const entry of context.snapshot.unsafeEntries) {
      const { why, fix } = EXPLAIN[entry.kind] ?? { why: 'could not be read safely', fix: REBUILD };
      const detail = entry.detail ? ` (${entry.detail})` : '';
      report({ message: `${subject} "${entry.name}" ${why}${detail}. ${fix}`, file: displayPath(entry.name) });
    }
  },
});
