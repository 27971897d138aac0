import { checkWidget } from '../../../../shared/check/check-widget';
import type { WidgetConfig } from '../../../../shared/config/widget-config';
import type { Finding } from '../../../../shared/model/finding';
import type { PlatformId } from '../../../../shared/platform/profiles';
import type { Rule } from '../../../../shared/rules/rule';
import { validSnapshot, type FixtureFiles } from '../../../helpers/widget-fixture';

export interface RunOptions {
  platform?: PlatformId;
  config?: WidgetConfig;
}

/** Findings of one rule on the valid test widget with some files replaced or added. */
export function runRule(rule: Rule, files: FixtureFiles, options: RunOptions = {}): Finding[] {
  const platform = options.platform ?? 'amocrm';
  return checkWidget(validSnapshot(platform, files), { rules: [rule], platform, config: options.config }).findings;
}

/** script.js made of an AMD module whose factory body is `body` (the shape every widget has). */
export function widgetScript(body: string): string {
  return `define(['jquery'], function ($) {
  var CustomWidget = function () {
    var self = this;
${body}
    this.callbacks = {
      render: function () { return true; },
      init: function () { return true; },
      bind_actions: function () { return true; },
    };
    return this;
  };
  return CustomWidget;
});
`;
}

/** Line numbers of the findings, for compact assertions. */
export function lines(findings: readonly Finding[]): Array<number | null> {
  return findings.map((finding) => finding.line);
}
