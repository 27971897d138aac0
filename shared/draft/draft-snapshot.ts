/**
 * The widget as it will be after saving the draft, in memory: what the wizard checks live with
 * `checkWidget`, so every step shows the findings the saved folder would get.
 */
import { MANIFEST_PATH } from '../check/rule-context';
import type { WidgetFile, WidgetSnapshot } from '../model/snapshot';
import { decodeText } from '../text/text-decoding';
import { draftToFiles, type ExistingWidgetTexts } from './draft-to-files';
import type { WidgetDraft } from './widget-draft';

const encoder = new TextEncoder();

/** The texts `draftToFiles` edits, read from the widget as it is now. */
export function existingTexts(base: WidgetSnapshot): ExistingWidgetTexts {
  const read = (file: WidgetFile): string | null => (file.bytes ? decodeText(file.bytes) : null);
  const i18nTexts: Record<string, string> = {};
  let manifestText: string | undefined;
  for (const file of base.files) {
    const locale = /^i18n\/([^/]+)\.json$/.exec(file.path)?.[1];
    const text = locale || file.path === MANIFEST_PATH ? read(file) : null;
    if (text === null) continue;
    if (locale) i18nTexts[locale] = text;
    else manifestText = text;
  }
  return { manifestText, i18nTexts };
}

/**
 * `base` is the widget as read from its folder or zip (files replaced by what the save writes,
 * images and everything else kept); without it the widget is new and consists of the draft's files.
 */
export function draftSnapshot(draft: WidgetDraft, base?: WidgetSnapshot): WidgetSnapshot {
  const written = draftToFiles(draft, base ? existingTexts(base) : undefined);
  const files: WidgetFile[] = (base?.files ?? []).filter((file) => !Object.hasOwn(written, file.path));
  for (const [path, text] of Object.entries(written)) {
    const bytes = encoder.encode(text);
    files.push({ path, size: bytes.length, bytes });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    source: base?.source ?? { kind: 'folder', path: '' },
    nestedRoot: base?.nestedRoot ?? null,
    files,
    images: base?.images ?? {},
    unsafeEntries: base?.unsafeEntries ?? [],
    configText: base?.configText ?? null,
    // Words the last check read in the images: the draft does not change images (new ones replace their entries).
    ...(base?.imageText ? { imageText: base.imageText } : {}),
  };
}
