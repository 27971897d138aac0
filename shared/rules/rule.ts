import type { FixAction, ImageMark, LocalizedMessage, Severity } from '../model/finding';
import type { RuleContext } from '../check/rule-context';

export type RuleGroup = 'package' | 'manifest' | 'i18n' | 'text' | 'file' | 'image' | 'code' | 'css';

/** Where a rule comes from: a page in ../shared/reference and its public address. */
export interface RuleSource {
  /** Reference file the rule was built from, e.g. `amocrm-marketplace-checklist.en.txt`. */
  file: string;
  /** Section or line of that page, as a reader would search for it. */
  section: string;
  url: string;
}

export interface RawFinding {
  /**
   * What is wrong and where, in English and Russian (same content, same values). Keep it short: the CLI
   * prints it on one line with the rule id. Older rules also say what to do here; new ones use `help`.
   */
  message: LocalizedMessage;
  /** What to do, surface-neutral (never a CLI command, flag or "edit widget-publisher.json"): see Finding.help. */
  help?: LocalizedMessage;
  /** What the tool can do about it (fix files, make logos, a config setting, a wizard step). */
  actions?: readonly FixAction[];
  /** Regions of the image `file` names that the finding is about (words read in a slide). */
  marks?: readonly ImageMark[];
  file?: string | null;
  line?: number | null;
  column?: number | null;
  locale?: string | null;
  /** Overrides the rule's default severity for this finding (e.g. junk file: error in a zip, warning in a folder). */
  severity?: Severity;
}

/** What a helper that words a finding returns: the what+where, the advice and the actions, without the position. */
export type Advice = Pick<RawFinding, 'message' | 'help' | 'actions'>;

export type Report = (finding: RawFinding) => void;

export interface Rule {
  /** Stable public id, `group/name`. Never rename: users configure rules by it. */
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule wants. */
  summary: string;
  /** The same line in Russian, for the Russian UI's "how to fix" under a finding. */
  summaryRu: string;
  /** A paragraph for docs/rules.md: what it checks, why moderation cares, how to fix. */
  docs: string;
  sources: readonly RuleSource[];
  check(context: RuleContext, report: Report): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Reference pages, so every rule cites the same names and addresses. */
export const SOURCES = {
  amocrmChecklist: (section: string): RuleSource => ({
    file: 'amocrm-marketplace-checklist.en.txt',
    section,
    url: 'https://www.amocrm.com/developers/content/integrations/marketplace-checklist',
  }),
  kommoChecklist: (section: string): RuleSource => ({
    file: 'kommo-marketplace-checklist.en.txt',
    section,
    url: 'https://www.kommo.com/developers/content/integrations/marketplace-checklist',
  }),
  structure: (section: string): RuleSource => ({
    file: 'amocrm-widget-structure.ru.md',
    section,
    url: 'https://www.amocrm.ru/developers/content/integrations/structure',
  }),
  upload: (section: string): RuleSource => ({
    file: 'amocrm-widget-upload.ru.md',
    section,
    url: 'https://www.amocrm.ru/developers/content/integrations/upload',
  }),
  kommoManifest: (section: string): RuleSource => ({
    file: 'kommo-manifest-reference.en.txt',
    section,
    url: 'https://developers.kommo.com/docs/manifest-json',
  }),
  facts: (section: string, url: string): RuleSource => ({ file: 'FACTS.md', section, url }),
} as const;
