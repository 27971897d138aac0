import type { RuleContext } from '../../check/rule-context';
import type { LocationBlock, PlatformProfile } from '../../platform/profiles';
import { findLocation } from '../../platform/profiles';
import { isRecord, valueAtDotPath } from '../../widget/manifest-model';
import { defineRule, SOURCES } from '../rule';
import { at, atKey, dotPathToPath, isBlank, manifestView } from './manifest-helpers';
import { isMisplaced } from './misplaced-keys';

/** What to write for a missing block, so the message shows a working example. */
const BLOCK_EXAMPLES: Record<string, string> = {
  dp: '"dp": {"settings": {}, "action_multiple": false}',
  advanced: '"advanced": {"title": "advanced.title"}',
  salesbot_designer: '"salesbot_designer": {"handler_code": {"name": "salesbot.handler_name", "settings": {...}}}',
  sms: '"sms": {"endpoint": "https://your-server/sms"}',
  mobile: '"mobile": {"frame_url": "https://your-server/mobile", "color": "#ffff00"}',
  left_menu: '"left_menu": {"your_section_code": {"title": "left_menu.title", "icon": "images/menu.svg"}}',
  amoforms_settings: '"amoforms_settings": {"title": "amoforms_settings.title"}',
};

/**
 * Blocks manifest.json has but the platform ignores, because none of their locations is declared: this rule
 * reports each once, so other rules skip what is inside them (16 missing i18n keys of an ignored block were noise).
 */
export function ignoredBlocks(context: RuleContext, root: Record<string, unknown>): Set<string> {
  const declared = new Set(context.areas);
  const ignored = new Set<string>();
  for (const [key, { areas }] of blocksOf(context.profile)) {
    if (root[key] !== undefined && !areas.some((area) => declared.has(area))) ignored.add(key);
  }
  return ignored;
}

/** Blocks a profile ties to locations, with the areas that use each. */
function blocksOf(profile: PlatformProfile): Map<string, { block: LocationBlock; areas: string[] }> {
  const blocks = new Map<string, { block: LocationBlock; areas: string[] }>();
  for (const spec of profile.locations) {
    if (!spec.block) continue;
    const known = blocks.get(spec.block.key);
    if (known) known.areas.push(spec.area);
    else blocks.set(spec.block.key, { block: spec.block, areas: [spec.area] });
  }
  return blocks;
}

export const locationBlockRule = defineRule({
  id: 'manifest/location-block',
  defaultSeverity: 'error',
  summary: 'A location that needs a manifest block must have it; a block without its location is unused.',
  summaryRu: 'Если области подключения нужен свой блок в manifest.json, этот блок есть; блок без своей области подключения не используется.',
  docs:
    'Some locations work only with a block of their own in manifest.json: digital_pipeline needs "dp" with ' +
    'action_multiple; advanced_settings needs advanced.title; salesbot_designer needs the salesbot_designer block ' +
    'with at least one handler; sms needs sms.endpoint; mobile_card needs mobile.frame_url and mobile.color; ' +
    'widget_page needs left_menu; amoforms (amoCRM) needs amoforms_settings.title. A declared location without its ' +
    'block (or with an empty required value) is an error. The other way round, a block whose location is not in ' +
    'locations is ignored by the platform ("Данный блок необходимо включать ... только если есть область видимости ' +
    'digital_pipeline"); that is a warning, since the checklist asks to leave out what the widget does not use. Fix: ' +
    'add the block, or the location, or remove the one you do not need.',
  sources: [
    SOURCES.structure('dp: "необходимо включать в manifest.json, только если есть область видимости digital_pipeline"; dp/action_multiple; advanced/title; sms/endpoint; mobile/frame_url, color; amoforms_settings/title'),
    SOURCES.kommoManifest('sms/endpoint, mobile/frame_url: "the widget must contain an sms object and specify an additional sms location"'),
    SOURCES.facts('Blocks tied to locations', 'https://developers.kommo.com/docs/widget-locations'),
  ],
  check(context, report) {
    const view = manifestView(context);
    if (!view) return;
    const { document, root } = view;
    const reportedBlocks = new Set<string>();

    for (const location of context.locations) {
      const spec = findLocation(context.profile, location.area);
      const block = spec?.block;
      if (!block || reportedBlocks.has(block.key)) continue;
      reportedBlocks.add(block.key);
      const locationAt = at(document, ['locations', location.index]);
      const value = root[block.key];
      if (value === undefined && isMisplaced(view, block.key)) continue;
      if (value === undefined) {
        const example = BLOCK_EXAMPLES[block.key] ?? `"${block.key}": {...}`;
        report({
          message: {
            en: `locations has ${location.area}, which needs the "${block.key}" block in manifest.json, but there is none`,
            ru: `В locations есть ${location.area}, но нет нужного ей блока "${block.key}" в manifest.json`,
          },
          help: { en: `Add ${example}, or remove ${location.area} from locations.`, ru: `Добавьте ${example} или уберите ${location.area} из locations.` },
          actions: [{ kind: 'edit-in-step', step: 'locations', field: location.area }],
          ...locationAt,
        });
        continue;
      }
      if (!isRecord(value)) continue;
      for (const dotPath of block.requiredPaths) {
        if (dotPath === block.key) {
          if (!Object.values(value).some(isRecord)) {
            const entry = block.key === 'left_menu' ? 'section' : 'handler';
            const entryRu = block.key === 'left_menu' ? 'ни одного раздела' : 'ни одного обработчика';
            const example = BLOCK_EXAMPLES[block.key] ?? `"${block.key}": {...}`;
            report({
              message: { en: `${block.key} has no ${entry}, so ${location.area} has nothing to show`, ru: `В ${block.key} нет ${entryRu}, поэтому в ${location.area} нечего показать` },
              help: { en: `Add one: ${example}.`, ru: `Добавьте: ${example}.` },
              actions: [{ kind: 'edit-in-step', step: 'locations', field: location.area }],
              ...at(document, [block.key]),
            });
          }
          continue;
        }
        const required = valueAtDotPath(root, dotPath);
        if (required === undefined) {
          const example = BLOCK_EXAMPLES[block.key] ?? dotPath;
          report({
            message: { en: `${dotPath} is missing: ${location.area} needs it`, ru: `Нет ${dotPath}, а он нужен для ${location.area}` },
            help: { en: `Add it to the "${block.key}" block (${example}).`, ru: `Добавьте его в блок "${block.key}" (${example}).` },
            actions: [{ kind: 'edit-in-step', step: 'locations', field: location.area }],
            ...at(document, [block.key]),
          });
        } else if (isBlank(required)) {
          const example = BLOCK_EXAMPLES[block.key] ?? dotPath;
          report({
            message: { en: `${dotPath} is empty, but ${location.area} needs it`, ru: `${dotPath} пуст, а он нужен для ${location.area}` },
            help: { en: `Fill it in (${example}) or remove ${location.area} from locations.`, ru: `Заполните его (${example}) или уберите ${location.area} из locations.` },
            actions: [{ kind: 'edit-in-step', step: 'locations', field: location.area }],
            ...at(document, dotPathToPath(dotPath)),
          });
        }
      }
    }

    for (const key of ignoredBlocks(context, root)) {
      const areas = blocksOf(context.profile).get(key)?.areas ?? [key];
      report({
        message: {
          en: `manifest.json has the block "${key}" but locations has no ${areas.join(' or ')}`,
          ru: `В manifest.json есть блок "${key}", но в locations нет ${areas.join(' или ')}`,
        },
        help: {
          en: `The platform ignores it. Add "${areas[0]}" to locations if the widget works there, or remove the block (the checklist asks to leave out what the widget does not use).`,
          ru: `Платформа его игнорирует. Добавьте "${areas[0]}" в locations, если виджет там работает, или удалите блок (чек-лист просит не оставлять то, что виджет не использует).`,
        },
        actions: [{ kind: 'edit-in-step', step: 'locations' }],
        ...atKey(document, [key]),
        severity: 'warning',
      });
    }
  },
});
