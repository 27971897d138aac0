/**
 * The manifest value a draft stands for: the base manifest (as read, or as remembered by the
 * draft) with every value the draft owns laid over it. Keys the draft does not know stay as
 * they were; a null in the draft means "leave the file's value alone".
 */
import { platformProfile, type PlatformProfile } from '../platform/profiles';
import { isRecord } from '../widget/manifest-model';
import { isBlockNeeded, platformBlockKeys } from './draft-blocks';
import { deleteIn, getIn, insertOrdered, setIn, type JsonRecord, type KeyOrder } from './json-tree';
import type { BlockKey, DraftLocation, SettingsField, WidgetDraft } from './widget-draft';

/** Key order of the structure page's example manifest, used where a key is new to the file. */
const KEY_ORDER: Readonly<Record<string, readonly string[]>> = {
  '': ['widget', 'locations', 'tour', 'settings', 'dp', 'advanced', 'salesbot_designer', 'sms', 'mobile', 'left_menu', 'amoforms_settings'],
  widget: ['name', 'description', 'short_description', 'version', 'interface_version', 'init_once', 'locale', 'installation', 'is_showcase', 'support'],
  'widget.support': ['link', 'email'],
  tour: ['is_tour', 'tour_images', 'tour_description'],
  dp: ['title', 'settings', 'action_multiple', 'webhook_url'],
  mobile: ['frame_url', 'color'],
  amoforms_settings: ['title', 'required', 'error_text'],
};

const FIELD_KEY_ORDER = ['name', 'type', 'required'];

export const manifestKeyOrder: KeyOrder = (objectPath) => KEY_ORDER[objectPath.join('.')];

export function formatLocation(location: DraftLocation): string {
  return location.panel === null ? location.area : `${location.area}-${location.panel}`;
}

class ManifestBuilder {
  constructor(readonly out: JsonRecord) {}

  put(path: string[], value: unknown): void {
    if (value === undefined) deleteIn(this.out, path);
    else setIn(this.out, path, value, manifestKeyOrder);
  }

  /** null: keep the file's value (one the draft could not read stays for the checker to name). */
  putUnlessNull(path: string[], value: unknown): void {
    if (value !== null) this.put(path, value);
  }

  /** Empty text removes the key: an optional value the user cleared. */
  putText(path: string[], value: string): void {
    this.put(path, value.trim() === '' ? undefined : value);
  }

  /** An empty list removes the key, except that an empty list already in the file stays as written. */
  putList(path: string[], list: readonly unknown[]): void {
    const current = getIn(this.out, path);
    if (list.length > 0) this.put(path, [...list]);
    else if (!(Array.isArray(current) && current.length === 0)) this.put(path, undefined);
  }

  /**
   * Settings fields in the draft's order. Each keeps the keys the draft does not know (extra
   * options of a `custom` field). No fields: an object in the file is emptied, anything else is left.
   */
  putFields(path: string[], fields: readonly SettingsField[]): void {
    const current = getIn(this.out, path);
    if (fields.length === 0) {
      if (isRecord(current) && Object.keys(current).length > 0) this.put(path, {});
      return;
    }
    const built: JsonRecord = {};
    for (const field of fields) {
      const before = isRecord(current) ? current[field.code] : undefined;
      const entry: JsonRecord = isRecord(before) ? structuredClone(before) : {};
      const setField = (key: string, value: unknown): void => {
        if (value === undefined) delete entry[key];
        else insertOrdered(entry, key, value, FIELD_KEY_ORDER);
      };
      setField('name', field.label.key);
      setField('type', field.type.trim() === '' ? undefined : field.type);
      if (field.required !== null) setField('required', field.required);
      built[field.code] = entry;
    }
    this.put(path, built);
  }
}

function writeBlock(builder: ManifestBuilder, draft: WidgetDraft, key: BlockKey): void {
  const { dp, advanced, salesbot_designer: salesbot, sms, mobile, left_menu: leftMenu, amoforms_settings: forms } = draft.blocks;
  switch (key) {
    case 'dp':
      if (!dp) return;
      builder.put(['dp', 'title'], dp.title?.key);
      builder.putFields(['dp', 'settings'], dp.fields);
      builder.putUnlessNull(['dp', 'action_multiple'], dp.actionMultiple);
      builder.putText(['dp', 'webhook_url'], dp.webhookUrl);
      return;
    case 'advanced':
      if (advanced) builder.put(['advanced', 'title'], advanced.title.key);
      return;
    case 'salesbot_designer':
      if (salesbot && salesbot.value !== undefined) builder.put(['salesbot_designer'], structuredClone(salesbot.value));
      return;
    case 'sms':
      if (sms) builder.putText(['sms', 'endpoint'], sms.endpoint);
      return;
    case 'mobile':
      if (!mobile) return;
      builder.putText(['mobile', 'frame_url'], mobile.frameUrl);
      builder.putText(['mobile', 'color'], mobile.color);
      return;
    case 'left_menu':
      if (leftMenu && leftMenu.value !== undefined) builder.put(['left_menu'], structuredClone(leftMenu.value));
      return;
    case 'amoforms_settings':
      if (!forms) return;
      builder.put(['amoforms_settings', 'title'], forms.title.key);
      builder.putUnlessNull(['amoforms_settings', 'required'], forms.required);
      builder.put(['amoforms_settings', 'error_text'], forms.errorText?.key);
      return;
  }
}

/** A widget without a tour gets one when the user gives it slides, not as a side effect of another edit. */
function hasTour(draft: WidgetDraft, base: JsonRecord): boolean {
  return (
    isRecord(base.tour) ||
    draft.tour.isTour !== null ||
    Object.values(draft.tour.images).some((paths) => paths.length > 0)
  );
}

/** manifest.json's value after saving the draft over `base` (the parsed file, or the draft's memory of it). */
export function buildManifestValue(base: unknown, draft: WidgetDraft, profile: PlatformProfile = platformProfile(draft.platform)): JsonRecord {
  const out: JsonRecord = isRecord(base) ? structuredClone(base) : {};
  const builder = new ManifestBuilder(out);
  const { basics, texts, support, tour } = draft;

  builder.put(['widget', 'name'], texts.name.key);
  builder.put(['widget', 'description'], texts.description.key);
  builder.put(['widget', 'short_description'], texts.teaser.key);
  builder.putText(['widget', 'version'], basics.version);
  builder.putUnlessNull(['widget', 'interface_version'], basics.interfaceVersion);
  builder.putUnlessNull(['widget', 'init_once'], basics.initOnce);
  builder.putList(['widget', 'locale'], draft.locales);
  builder.putUnlessNull(['widget', 'installation'], basics.installation);
  builder.putUnlessNull(['widget', 'is_showcase'], basics.isShowcase);
  builder.putText(['widget', 'support', 'link'], support.link);
  builder.putText(['widget', 'support', 'email'], support.email);

  builder.putList(['locations'], draft.locations.map(formatLocation));

  if (hasTour(draft, out)) {
    builder.putUnlessNull(['tour', 'is_tour'], tour.isTour);
    const images = Object.fromEntries(Object.entries(tour.images).map(([locale, paths]) => [locale, [...paths]]));
    builder.put(['tour', 'tour_images'], Object.keys(images).length > 0 ? images : undefined);
    builder.put(['tour', 'tour_description'], texts.tourDescription.key);
  }

  builder.putFields(['settings'], draft.settingsFields);

  for (const key of platformBlockKeys(profile)) {
    if (isBlockNeeded(draft, profile, key)) writeBlock(builder, draft, key);
    else if (draft.removedBlocks.includes(key)) builder.put([key], undefined);
  }
  return out;
}
