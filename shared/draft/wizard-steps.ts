/**
 * Which wizard step fixes which finding, and whether a step is done. A finding in manifest.json or
 * an i18n file is placed by the JSON path at its line and column (widget.support -> Support,
 * settings.* -> Settings); other findings by their rule group and file.
 */
import { findNodeAtOffset, getNodePath, parseTree, type JSONPath } from 'jsonc-parser';
import { MANIFEST_PATH } from '../check/rule-context';
import { lineStartsOf } from '../json/json-document';
import type { Finding } from '../model/finding';
import type { WidgetSnapshot } from '../model/snapshot';
import { platformProfile } from '../platform/profiles';
import { decodeText } from '../text/text-decoding';
import { SCRIPT_PATH } from './draft-to-files';
import { isBlankText } from './key-grid';
import { newDraft } from './new-draft';
import { BLOCK_KEYS, DEFAULT_STORE_TEXT_KEYS, STORE_TEXT_FIELDS, type DraftBasics, type DraftLocation, type WidgetDraft } from './widget-draft';

export type WizardStep = 'basics' | 'texts' | 'locales' | 'locations' | 'settings' | 'support' | 'branding' | 'tour' | 'code' | 'review';

export const WIZARD_STEPS: readonly WizardStep[] = ['basics', 'texts', 'locales', 'locations', 'settings', 'support', 'branding', 'tour', 'code', 'review'];

export type StepState = 'done' | 'needs-work' | 'not-started';

export interface StepContext {
  /** Gives the i18n keys of the store texts and settings labels. */
  draft?: WidgetDraft;
  /** The checked widget: its JSON files place findings by JSON path. */
  snapshot?: WidgetSnapshot;
}

const BASICS_KEYS = new Set(['version', 'interface_version', 'init_once', 'installation', 'is_showcase', 'code', 'secret_key']);
const MANIFEST_TEXT_KEYS = new Set(['name', 'description', 'short_description']);
const BLOCKS = new Set<string>(BLOCK_KEYS);

class JsonPaths {
  private readonly trees = new Map<string, ReturnType<typeof parseTree> | null>();
  private readonly lineStarts = new Map<string, number[]>();

  constructor(private readonly snapshot: WidgetSnapshot | undefined) {}

  /** JSON path of the value at a finding's line and column, or null when it cannot be told. */
  pathAt(file: string, line: number | null, column: number | null): JSONPath | null {
    if (!this.snapshot || line === null) return null;
    if (!this.trees.has(file)) {
      const bytes = this.snapshot.files.find((entry) => entry.path === file)?.bytes;
      const text = bytes ? decodeText(bytes) : null;
      this.trees.set(file, text === null ? null : (parseTree(text, [], { allowTrailingComma: true }) ?? null));
      if (text !== null) this.lineStarts.set(file, lineStartsOf(text));
    }
    const tree = this.trees.get(file);
    const starts = this.lineStarts.get(file);
    if (!tree || !starts || line > starts.length) return null;
    const node = findNodeAtOffset(tree, starts[line - 1] + Math.max(0, (column ?? 1) - 1), true);
    return node ? getNodePath(node) : null;
  }
}

function storeTextKeys(context: StepContext): Set<string> {
  const keys = new Set(Object.values(DEFAULT_STORE_TEXT_KEYS));
  if (context.draft) for (const field of STORE_TEXT_FIELDS) keys.add(context.draft.texts[field].key);
  return keys;
}

function settingsLabelKeys(context: StepContext): Set<string> {
  return new Set((context.draft?.settingsFields ?? []).map((field) => field.label.key));
}

function stepOfManifestPath(path: readonly (string | number)[]): WizardStep | null {
  const [top, second] = path.map(String);
  if (top === 'widget') {
    if (second === undefined) return null;
    if (MANIFEST_TEXT_KEYS.has(second)) return 'texts';
    if (second === 'locale') return 'locales';
    if (second === 'support') return 'support';
    if (BASICS_KEYS.has(second)) return 'basics';
    return null;
  }
  if (top === 'locations') return 'locations';
  if (top === 'tour') return second === 'tour_description' ? 'texts' : 'tour';
  if (top === 'settings') return 'settings';
  if (top !== undefined && BLOCKS.has(top)) return 'locations';
  return null;
}

/**
 * A finding about a missing key sits at the key's parent; its message names what is missing:
 * `manifest.json has no "settings" block`, or leads with the path (`widget.installation is missing`).
 */
function stepFromMessage(message: string): WizardStep | null {
  const missingBlock = /\bno "([a-z_]+)"/.exec(message)?.[1];
  if (missingBlock) return stepOfManifestPath([missingBlock]);
  const path = /\b((?:widget|tour)\.[a-z_]+|locations|settings)\b/.exec(message)?.[1];
  return path ? stepOfManifestPath(path.split('.')) : null;
}

function stepOfI18nKey(key: string, context: StepContext): WizardStep {
  if (storeTextKeys(context).has(key)) return 'texts';
  if (settingsLabelKeys(context).has(key)) return 'settings';
  return 'locales';
}

function isTourImage(file: string, context: StepContext): boolean {
  const images = context.draft ? Object.values(context.draft.tour.images).flat() : [];
  return images.some((path) => path.replace(/^\/+/, '') === file) || /(^|\/)(tour|slide|slideshow)_[^/]*$/i.test(file);
}

/** The step where the user fixes one finding. */
export function stepOfFinding(finding: Finding, context: StepContext = {}, paths = new JsonPaths(context.snapshot)): WizardStep {
  const [group] = finding.ruleId.split('/');
  const file = finding.file ?? '';
  const isI18nFile = /^i18n\/[^/]+\.json$/.test(file);

  switch (finding.ruleId) {
    case 'package/manifest-missing':
      return 'basics';
    case 'package/required-file':
      return isI18nFile ? 'locales' : 'code';
    case 'manifest/json-syntax':
    case 'i18n/json-syntax':
      return 'code';
    case 'manifest/interface-version':
    case 'manifest/version':
    case 'manifest/showcase':
    case 'manifest/legacy-keys':
      return 'basics';
    case 'manifest/support':
      return 'support';
    case 'manifest/locale':
    case 'i18n/file-missing':
    case 'i18n/structure-mismatch':
      return 'locales';
    case 'manifest/location':
    case 'manifest/location-block':
    case 'manifest/https-url':
      return 'locations';
    case 'image/slide':
      return 'tour';
  }

  if (group === 'manifest') {
    const path = file === MANIFEST_PATH ? paths.pathAt(file, finding.line, finding.column) : null;
    const byPath = path ? stepOfManifestPath(path) : null;
    const byMessage = stepFromMessage(finding.message);
    const step = finding.ruleId === 'manifest/required-field' ? (byMessage ?? byPath) : (byPath ?? byMessage);
    if (step) return step;
    if (finding.ruleId === 'manifest/tour') return 'tour';
    if (finding.ruleId === 'manifest/settings-field') return 'settings';
    return 'basics';
  }
  if (group === 'i18n' || group === 'text') {
    if (file === MANIFEST_PATH) {
      const path = paths.pathAt(file, finding.line, finding.column);
      return (path && stepOfManifestPath(path)) ?? 'texts';
    }
    const path = isI18nFile ? paths.pathAt(file, finding.line, finding.column) : null;
    if (path && path.length > 0) return stepOfI18nKey(path.map(String).join('.'), context);
    return group === 'text' ? 'texts' : 'locales';
  }
  if (group === 'image') return isTourImage(file, context) ? 'tour' : 'branding';
  if (group === 'package' || group === 'file' || group === 'code' || group === 'css') return 'code';
  return 'review';
}

export function findingsByStep(findings: readonly Finding[], context: StepContext = {}): Record<WizardStep, Finding[]> {
  const byStep = Object.fromEntries(WIZARD_STEPS.map((step) => [step, [] as Finding[]])) as Record<WizardStep, Finding[]>;
  const paths = new JsonPaths(context.snapshot);
  for (const finding of findings) byStep[stepOfFinding(finding, context, paths)].push(finding);
  return byStep;
}

function hasFile(snapshot: WidgetSnapshot | undefined, path: string): boolean {
  return snapshot?.files.some((file) => file.path === path) ?? false;
}

/** The widget a step's input is read from, as the wizard has it. */
export interface StepFiles {
  /** The widget as the save would leave it (LiveCheck.snapshot): images made in this session included. */
  snapshot?: WidgetSnapshot;
  /**
   * The files on disk as last read. Without manifest.json there the widget is new: the values newDraft
   * and the script skeleton put in are the app's, not the user's work.
   */
  base?: WidgetSnapshot;
}

/** A new widget's values before the user did anything, or null for a widget read from its files. */
function appDefaultsOf(draft: WidgetDraft, files: StepFiles): WidgetDraft | null {
  if ((files.base ?? files.snapshot) === undefined || readFromFiles(files)) return null;
  return newDraft(draft.platform, { name: '', company: '' });
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const locationIds = (locations: readonly DraftLocation[]): string[] => locations.map((location) => `${location.area}:${location.panel ?? ''}`).sort();

const BASICS_FIELDS: readonly (keyof DraftBasics)[] = ['version', 'interfaceVersion', 'initOnce', 'installation', 'isShowcase'];

function basicsFilled(basics: DraftBasics, defaults: DraftBasics | undefined): boolean {
  if (defaults) return BASICS_FIELDS.some((field) => basics[field] !== defaults[field]);
  return basics.version !== '' || basics.interfaceVersion !== null || basics.initOnce !== null || basics.installation !== null;
}

/**
 * Whether the user (or the files of the widget being edited) has put anything into a step yet.
 * For a new widget a value the app set by default (version 1.0.0, the default locales and
 * locations, the script skeleton) is not input: the step stays unstarted until the user opens it.
 */
export function stepHasInput(step: WizardStep, draft: WidgetDraft, files: StepFiles = {}): boolean {
  const defaults = appDefaultsOf(draft, files);
  switch (step) {
    case 'basics':
      return basicsFilled(draft.basics, defaults?.basics);
    case 'texts':
      return STORE_TEXT_FIELDS.some((field) => Object.values(draft.texts[field].values).some((value) => !isBlankText(value)));
    case 'locales':
      return defaults ? !sameJson([...draft.locales].sort(), [...defaults.locales].sort()) : draft.locales.length > 0;
    case 'locations':
      if (!defaults) return draft.locations.length > 0;
      return Object.keys(draft.blocks).length > 0 || !sameJson(locationIds(draft.locations), locationIds(defaults.locations));
    case 'settings':
      return draft.settingsFields.length > 0 || draft.basics.installation === false;
    case 'support':
      return [draft.support.link, draft.support.email, draft.support.phone].some((value) => value.trim() !== '');
    case 'branding': {
      const profile = platformProfile(draft.platform);
      const onDiskOrMade = (spec: { file: string }) => [files.snapshot, files.base].some((snapshot) => hasFile(snapshot, `${profile.images.folder}/${spec.file}`));
      return draft.branding.logoSource !== null || profile.images.branding.some(onDiskOrMade);
    }
    case 'tour':
      return Object.values(draft.tour.images).some((paths) => paths.length > 0);
    case 'code': {
      // The disk copy: a new widget's snapshot holds the skeleton the save would add.
      const disk = files.base ?? files.snapshot;
      return disk === undefined || hasFile(disk, SCRIPT_PATH);
    }
    case 'review':
      return false;
  }
}

export interface StepStatusInput extends StepFiles {
  draft: WidgetDraft;
  /** The findings of this step (findingsByStep(...)[step]). */
  findings: readonly Finding[];
  /** The user opened the step. */
  visited?: boolean;
}

/**
 * not-started: nothing entered and never opened, on a new widget (a blank page is not a wall of red);
 * needs-work: an error or warning to fix; done: the rest. Infos never hold a step back.
 */
export function stepStatus(step: WizardStep, input: StepStatusInput): StepState {
  const needsWork = input.findings.some((finding) => finding.severity !== 'info');
  if (!input.visited && !stepHasInput(step, input.draft, input)) {
    // A widget read from its files already has these problems: the sidebar shows where they are at once.
    return needsWork && readFromFiles(input) ? 'needs-work' : 'not-started';
  }
  return needsWork ? 'needs-work' : 'done';
}

function readFromFiles(files: StepFiles): boolean {
  const disk = files.base ?? files.snapshot;
  return disk !== undefined && hasFile(disk, MANIFEST_PATH);
}
