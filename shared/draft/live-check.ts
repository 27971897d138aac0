/**
 * The checker run while the user edits the draft. The draft only writes manifest.json and the
 * i18n files, so the code and css rules (which parse script.js and style.css, the costly part of
 * a check) give the same findings before and after an edit: they run once per opened widget and
 * their findings are reused, the rest runs on every change (about 1 ms on the fixture).
 */
import { checkWidget } from '../check/check-widget';
import type { CssRootInfo } from '../code/css-root-info';
import type { WidgetConfig } from '../config/widget-config';
import { compareFindings, type Finding } from '../model/finding';
import type { WidgetSnapshot } from '../model/snapshot';
import { RULE_CATALOGUE } from '../rules/catalogue';
import { ruleHelpFor, type RuleHelp } from '../rules/rule-help';
import { isFileContentRule } from './code-findings';
import { draftSnapshot } from './draft-snapshot';
import type { WidgetDraft } from './widget-draft';
import { findingsByStep, type WizardStep } from './wizard-steps';

export const CODE_RULES = RULE_CATALOGUE.filter((rule) => isFileContentRule(rule.id));
export const DRAFT_RULES = RULE_CATALOGUE.filter((rule) => !isFileContentRule(rule.id));

/** The code and css findings of a widget: run when it is opened and after its script or style files change. */
export function checkCode(snapshot: WidgetSnapshot, draft: WidgetDraft, config?: WidgetConfig): Finding[] {
  return checkWidget(snapshot, { platform: draft.platform, config, rules: CODE_RULES }).findings;
}

export interface LiveCheck {
  /** The widget as the save would leave it. */
  snapshot: WidgetSnapshot;
  findings: Finding[];
  byStep: Record<WizardStep, Finding[]>;
  /** Summary and source page of each rule with a finding here, so the page never loads the catalogue. */
  ruleHelp: Record<string, RuleHelp>;
  /** The CSS root the rules use and the stylesheets' top-level names (Code check › Check settings). */
  cssRoot: CssRootInfo | null;
}

/** Every finding of the widget after saving the draft, with `codeFindings` from `checkCode` reused. */
export function liveCheck(draft: WidgetDraft, base: WidgetSnapshot | undefined, codeFindings: readonly Finding[], config?: WidgetConfig, cssRoot: CssRootInfo | null = null): LiveCheck {
  const snapshot = draftSnapshot(draft, base);
  const report = checkWidget(snapshot, { platform: draft.platform, config, rules: DRAFT_RULES });
  const findings = [...report.findings, ...codeFindings].sort(compareFindings);
  return { snapshot, findings, byStep: findingsByStep(findings, { draft, snapshot }), ruleHelp: ruleHelpFor(findings), cssRoot };
}
