/**
 * Which marketplace a widget is made for, when neither `--platform` nor the config says. The signals are
 * the platforms' own facts (profiles.ts): locales only one platform offers, areas only amoCRM has, and the
 * platform domains the widget sends its users to. Without a signal the answer is amoCRM, said as a guess.
 */
import type { LocalizedMessage } from '../model/finding';
import type { WidgetSnapshot } from '../model/snapshot';
import { decodeText } from '../text/text-decoding';
import { declaredLocales, declaredLocations } from '../widget/manifest-model';
import { DEFAULT_PLATFORM, PLATFORM_IDS, PLATFORM_PROFILES, type PlatformId } from './profiles';

/** Where the platform of a run came from. */
export type PlatformSource = 'flag' | 'config' | 'detected' | 'default';

export interface PlatformChoice {
  platform: PlatformId;
  source: PlatformSource;
  /** Why: the signals found in the widget (detected), or what decided it (flag, config, default). */
  reasons: LocalizedMessage[];
}

export interface PlatformSignal {
  platform: PlatformId;
  /** 3: only that platform allows it; 2: it sends users to that platform; 1: a hint. */
  weight: number;
  reason: LocalizedMessage;
}

export interface PlatformDetection {
  platform: PlatformId;
  /** False when no signal was found or the signals disagree: the app asks the user to confirm. */
  confident: boolean;
  signals: PlatformSignal[];
}

/** Files read for domains: the widget's own texts, never more than this many bytes each (bundles can be large). */
const DOMAIN_SCAN_BYTES = 512 * 1024;
const DOMAIN_SCAN_FILES = /^(manifest\.json|i18n\/[^/]+\.json|[^/]+\.(js|html|twig))$/;

interface WidgetFacts {
  locales: string[];
  areas: string[];
  /** Text of manifest.json, the i18n files and the top-level scripts and templates, by path. */
  texts: Map<string, string>;
}

/** A broken manifest is reported by its own rule; the i18n file names still tell the locales. */
function parseOrNull(text: string | undefined): unknown {
  if (text === undefined) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function factsOf(snapshot: WidgetSnapshot): WidgetFacts {
  const texts = new Map<string, string>();
  for (const file of snapshot.files) {
    if (!file.bytes || !DOMAIN_SCAN_FILES.test(file.path)) continue;
    texts.set(file.path, decodeText(file.bytes.subarray(0, DOMAIN_SCAN_BYTES)));
  }
  const manifest = parseOrNull(texts.get('manifest.json'));
  const i18nLocales = snapshot.files.flatMap((file) => /^i18n\/([a-z]{2})\.json$/.exec(file.path)?.[1] ?? []);
  const locales = [...new Set([...declaredLocales(manifest), ...i18nLocales])];
  const areas = declaredLocations(manifest).map((location) => location.area);
  return { locales, areas, texts };
}

function localesOnlyOn(platform: PlatformId): string[] {
  const others = PLATFORM_IDS.filter((id) => id !== platform).flatMap((id) => PLATFORM_PROFILES[id].locales);
  return PLATFORM_PROFILES[platform].locales.filter((locale) => !others.includes(locale));
}

function areasOnlyOn(platform: PlatformId): string[] {
  const others = new Set(PLATFORM_IDS.filter((id) => id !== platform).flatMap((id) => PLATFORM_PROFILES[id].locations.map((spec) => spec.area)));
  return PLATFORM_PROFILES[platform].locations.map((spec) => spec.area).filter((area) => !others.has(area));
}

/** Platform domains each platform owns: amocrm.ru/.com for amoCRM, kommo.com for Kommo. */
function domainsOf(platform: PlatformId): string[] {
  const brand = platform === 'kommo' ? 'kommo' : 'amocrm';
  return PLATFORM_PROFILES[platform].platformDomains.filter((domain) => domain.startsWith(`${brand}.`));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function list(values: readonly string[]): string {
  return values.join(', ');
}

/** A signal of weight 3 for each platform that alone allows some of these values (locales, areas). */
function exclusiveSignals(
  values: readonly string[],
  onlyOn: (platform: PlatformId) => readonly string[],
  reason: (only: string[], name: string) => LocalizedMessage,
): PlatformSignal[] {
  return PLATFORM_IDS.flatMap((platform) => {
    const only = [...new Set(values.filter((value) => onlyOn(platform).includes(value)))];
    return only.length === 0 ? [] : [{ platform, weight: 3, reason: reason(only, PLATFORM_PROFILES[platform].displayName) }];
  });
}

function localeSignals(facts: WidgetFacts): PlatformSignal[] {
  return exclusiveSignals(facts.locales, localesOnlyOn, (only, name) => ({
    en: `it has the locale${only.length > 1 ? 's' : ''} ${list(only)}, which only ${name} offers`,
    ru: `в нём ${only.length > 1 ? 'есть языки' : 'есть язык'} ${list(only)}, ${only.length > 1 ? 'которые есть' : 'который есть'} только в ${name}`,
  }));
}

function areaSignals(facts: WidgetFacts): PlatformSignal[] {
  return exclusiveSignals(facts.areas, areasOnlyOn, (only, name) => ({
    en: `it is placed in ${list(only)}, which only ${name} has`,
    ru: `он размещается в ${list(only)}, что есть только в ${name}`,
  }));
}

/** A widget whose locales all exist on both platforms but leave out Russian, amoCRM's first locale, leans to Kommo. */
function missingRussianSignal(facts: WidgetFacts): PlatformSignal[] {
  const shared = PLATFORM_PROFILES.amocrm.locales.filter((locale) => PLATFORM_PROFILES.kommo.locales.includes(locale));
  const nonEnglish = facts.locales.filter((locale) => locale !== 'en');
  if (nonEnglish.length === 0 || facts.locales.includes('ru') || !facts.locales.every((locale) => shared.includes(locale))) return [];
  return [
    {
      platform: 'kommo',
      weight: 1,
      reason: {
        en: `its locales (${list(facts.locales)}) include ${list(nonEnglish)} but not Russian, which amoCRM widgets have`,
        ru: `среди его языков (${list(facts.locales)}) есть ${list(nonEnglish)}, но нет русского, который есть у виджетов amoCRM`,
      },
    },
  ];
}

function domainSignals(facts: WidgetFacts): PlatformSignal[] {
  const signals: PlatformSignal[] = [];
  for (const platform of PLATFORM_IDS) {
    const domains = domainsOf(platform);
    if (domains.length === 0) continue;
    const pattern = new RegExp(`(?:^|[^a-z0-9-])(?:[a-z0-9-]+\\.)*(${domains.map(escapeRegExp).join('|')})(?![a-z0-9-])`, 'i');
    const files = [...facts.texts].filter(([, text]) => pattern.test(text)).map(([path]) => path);
    if (files.length === 0) continue;
    const inStoreFiles = files.some((path) => path === 'manifest.json' || path.startsWith('i18n/'));
    const shown = files.slice(0, 3);
    const more = files.length > shown.length ? ` (+${files.length - shown.length})` : '';
    signals.push({
      platform,
      weight: inStoreFiles ? 2 : 1,
      reason: {
        en: `${list(shown)}${more} ${files.length > 1 ? 'name' : 'names'} ${list(domains)} addresses`,
        ru: `в ${list(shown)}${more} есть адреса ${list(domains)}`,
      },
    });
  }
  return signals;
}

/** Guess the platform from the widget itself. Pure: reads only the snapshot. */
export function detectPlatform(snapshot: WidgetSnapshot): PlatformDetection {
  const facts = factsOf(snapshot);
  const signals = [...localeSignals(facts), ...areaSignals(facts), ...missingRussianSignal(facts), ...domainSignals(facts)];
  const score = (platform: PlatformId) => signals.filter((signal) => signal.platform === platform).reduce((sum, signal) => sum + signal.weight, 0);
  const kommo = score('kommo');
  const amocrm = score('amocrm');
  const platform: PlatformId = kommo > amocrm ? 'kommo' : amocrm > kommo ? 'amocrm' : DEFAULT_PLATFORM;
  const winning = signals.filter((signal) => signal.platform === platform);
  const losing = signals.filter((signal) => signal.platform !== platform);
  const confident = winning.length > 0 && Math.abs(kommo - amocrm) >= 2 && !losing.some((signal) => signal.weight === 3);
  return { platform, confident, signals };
}

const SOURCE_REASON: Record<Exclude<PlatformSource, 'detected'>, LocalizedMessage> = {
  flag: { en: 'chosen with --platform', ru: 'выбран флагом --platform' },
  config: { en: 'set as "platform" in widget-publisher.json', ru: 'задан как "platform" в widget-publisher.json' },
  default: { en: 'nothing in the widget points to a marketplace; amoCRM is the default', ru: 'ничто в виджете не указывает на маркетплейс; по умолчанию amoCRM' },
};

/**
 * The platform of a run: an explicit choice (flag, then config) wins; otherwise detected from the widget,
 * with the signals that decided it; otherwise amoCRM by default.
 */
export function choosePlatform(explicit: { flag?: PlatformId; config?: PlatformId }, snapshot: WidgetSnapshot | null): PlatformChoice {
  if (explicit.flag) return { platform: explicit.flag, source: 'flag', reasons: [SOURCE_REASON.flag] };
  if (explicit.config) return { platform: explicit.config, source: 'config', reasons: [SOURCE_REASON.config] };
  if (snapshot) {
    const detection = detectPlatform(snapshot);
    const winning = detection.signals.filter((signal) => signal.platform === detection.platform);
    if (winning.length > 0) {
      return { platform: detection.platform, source: 'detected', reasons: winning.sort((a, b) => b.weight - a.weight).map((signal) => signal.reason) };
    }
  }
  return { platform: DEFAULT_PLATFORM, source: 'default', reasons: [SOURCE_REASON.default] };
}
