import type { FixAction } from '../../model/finding';
import { findLocation, PLATFORM_PROFILES, type PlatformProfile } from '../../platform/profiles';
import { parseLocation } from '../../widget/manifest-model';
import { defineRule, SOURCES, type Advice, type Report } from '../rule';
import type { JsonDocument } from '../../json/json-document';
import { at, closestMatch, manifestView } from './manifest-helpers';

const PANEL_SUFFIXES = ['0', '1'];

export const locationRule = defineRule({
  id: 'manifest/location',
  defaultSeverity: 'error',
  summary: 'locations must name areas the platform knows, with an optional -0/-1 suffix, each area once.',
  summaryRu: 'В locations указаны известные платформе области подключения (с необязательным суффиксом -0/-1), каждая один раз.',
  docs:
    'locations lists the interface areas where the platform loads script.js: lcard, ccard, comcard, llist, clist, ' +
    'tlist, settings, advanced_settings, card_sdk, catalogs, digital_pipeline, lead_sources, widget_page, sms, ' +
    'mobile_card, salesbot_designer, website_chat_button, everywhere, ai_agent, and on amoCRM also cucard, culist, ' +
    'whatsapp_modal and amoforms. An area may end in -1 (the widget uses the right-hand panel) or -0 (it only ' +
    'initialises there); other suffixes are wrong, and `everywhere` takes none. An area listed twice (ccard-0 and ' +
    'ccard-1) is ambiguous. card_sdk also needs a card area (lcard, ccard or comcard). Fix: use the area names as ' +
    'written above, one entry per area.',
  sources: [
    SOURCES.structure('locations: "Возможные местоположения"; "дописанием 0 или 1 после указания зоны"'),
    SOURCES.facts('Locations (areas)', 'https://developers.kommo.com/docs/widget-locations'),
  ],
  check(context, report) {
    const view = manifestView(context);
    if (!view || !Array.isArray(view.root.locations)) return;
    const { document } = view;
    const profile = context.profile;
    const firstIndexOfArea = new Map<string, number>();

    view.root.locations.forEach((raw, index) => {
      if (typeof raw !== 'string') return;
      const path = ['locations', index];
      if (raw.trim() === '') {
        report({
          message: { en: `locations[${index}] is an empty string`, ru: `locations[${index}] — пустая строка` },
          help: { en: 'Remove it or name an area (e.g. "lcard-1").', ru: 'Удалите её или укажите область подключения (например, "lcard-1").' },
          actions: [{ kind: 'edit-in-step', step: 'locations' }],
          ...at(document, path),
        });
        return;
      }
      if (raw !== raw.trim()) {
        report({
          message: { en: `locations[${index}] "${raw}" has spaces around it`, ru: `В locations[${index}] "${raw}" есть пробелы по краям` },
          help: { en: `Write "${raw.trim()}".`, ru: `Напишите "${raw.trim()}".` },
          ...at(document, path),
        });
        return;
      }
      const location = parseLocation(raw, index);
      const spec = findLocation(profile, location.area);
      if (!spec) {
        report({ ...unknownArea(raw, location.area, location.suffix, index, profile), ...at(document, path) });
        return;
      }
      if (location.suffix !== null) {
        if (!spec.acceptsPanelSuffix) {
          report({
            message: { en: `locations[${index}] "${raw}": ${spec.area} takes no -0/-1 suffix`, ru: `locations[${index}] "${raw}": у ${spec.area} не бывает суффикса -0/-1` },
            help: { en: `Write "${spec.area}".`, ru: `Напишите "${spec.area}".` },
            ...at(document, path),
          });
        } else if (!PANEL_SUFFIXES.includes(location.suffix)) {
          report({
            message: { en: `locations[${index}] "${raw}" ends in "-${location.suffix}"`, ru: `locations[${index}] "${raw}" заканчивается на "-${location.suffix}"` },
            help: {
              en: `Only -1 (use the right-hand panel) or -0 (initialise only) may follow an area. Write "${spec.area}-1" or "${spec.area}-0".`,
              ru: `После области допустимы только -1 (виджет использует правую панель) или -0 (только инициализация). Напишите "${spec.area}-1" или "${spec.area}-0".`,
            },
            ...at(document, path),
          });
        }
      }
      const first = firstIndexOfArea.get(spec.area);
      if (first !== undefined) {
        const earlier = (view.root.locations as unknown[])[first];
        report({
          message: {
            en: `locations lists the area ${spec.area} twice ("${String(earlier)}" at [${first}] and "${raw}" at [${index}])`,
            ru: `В locations область ${spec.area} указана дважды ("${String(earlier)}" в [${first}] и "${raw}" в [${index}])`,
          },
          help: { en: 'Keep one entry per area.', ru: 'Оставьте одну запись на область.' },
          ...at(document, path),
        });
      } else {
        firstIndexOfArea.set(spec.area, index);
      }
    });

    reportMissingCompanions(context.areas, firstIndexOfArea, profile, document, report);
  },
});

function reportMissingCompanions(
  areas: readonly string[],
  firstIndexOfArea: Map<string, number>,
  profile: PlatformProfile,
  document: JsonDocument,
  report: Report,
): void {
  for (const [area, index] of firstIndexOfArea) {
    const needs = findLocation(profile, area)?.requiresOneOf;
    if (!needs || needs.some((other) => areas.includes(other))) continue;
    report({
      message: { en: `locations has ${area} but none of ${needs.join(', ')}`, ru: `В locations есть ${area}, но нет ни одной из областей ${needs.join(', ')}` },
      help: {
        en: `${area} works inside a card, so add the card area(s) it should appear in, e.g. "${needs[0]}-1".`,
        ru: `${area} работает внутри карточки, поэтому добавьте области карточек, где он должен появляться, например "${needs[0]}-1".`,
      },
      actions: [{ kind: 'edit-in-step', step: 'locations' }],
      ...at(document, ['locations', index]),
    });
  }
}

function unknownArea(raw: string, area: string, suffix: string | null, index: number, profile: PlatformProfile): Advice {
  const message = {
    en: `locations[${index}] "${raw}" is not an area ${profile.displayName} knows`,
    ru: `locations[${index}]: "${raw}" — неизвестная для ${profile.displayName} область подключения`,
  };
  const other = Object.values(PLATFORM_PROFILES).find((candidate) => candidate.id !== profile.id && findLocation(candidate, area));
  if (other) {
    return {
      message,
      help: {
        en: `${area} exists only on ${other.displayName}. Remove it, or choose ${other.displayName} as the marketplace if the widget is for it.`,
        ru: `${area} есть только в ${other.displayName}. Удалите её или, если виджет для ${other.displayName}, выберите этот маркетплейс.`,
      },
      actions: [{ kind: 'set-config', key: 'platform', value: other.id }],
    };
  }
  const names = profile.locations.map((spec) => spec.area);
  const whole = closestMatch(raw, names);
  const byArea = whole ? null : closestMatch(area, names);
  const suggestion = whole ?? (byArea && suffix !== null && PANEL_SUFFIXES.includes(suffix) ? `${byArea}-${suffix}` : byArea);
  const actions: FixAction[] = [{ kind: 'edit-in-step', step: 'locations' }];
  if (suggestion) {
    return {
      message,
      help: { en: `Did you mean "${suggestion}"? Areas: ${names.join(', ')}.`, ru: `Возможно, имелось в виду "${suggestion}"? Области: ${names.join(', ')}.` },
      actions,
    };
  }
  return {
    message,
    help: { en: `Use one of: ${names.join(', ')} (optionally with -1 or -0).`, ru: `Используйте одну из: ${names.join(', ')} (можно с -1 или -0).` },
    actions,
  };
}
