import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { parseJsonDocument } from '../json/json-document';
import { PLATFORM_IDS, type PlatformId } from '../platform/profiles';

// zod's small build (zod/mini) keeps the CLI quick to start; its messages need the English locale set.
z.config(en());

const optionalText = () => z.optional(z.string());
const nonEmptyTexts = () => z.optional(z.array(z.string().check(z.minLength(1))));

/** The optional widget-publisher.json at the widget root. Never packed. */
export const widgetConfigSchema = z.strictObject({
  $schema: optionalText(),
  platform: z.optional(z.enum(PLATFORM_IDS as [PlatformId, ...PlatformId[]])),
  css: z.optional(z.strictObject({ rootSelectors: nonEmptyTexts() })),
  ignore: nonEmptyTexts(),
  vendor: nonEmptyTexts(),
  rules: z.optional(z.record(z.string(), z.enum(['off', 'info', 'warning', 'error']))),
  moderation: z.optional(
    z.strictObject({
      integrationId: optionalText(),
      widgetCode: optionalText(),
      accountId: optionalText(),
      howItWorks: optionalText(),
      instructions: optionalText(),
      testData: optionalText(),
      /** True when the widget needs no test data (it connects to no other system): an explicit choice, never a default. */
      noTestData: z.optional(z.boolean()),
      /** Privacy policy link per locale (checklist, Support & localization: "a link to a privacy policy in that language"). */
      privacyPolicy: z.optional(z.record(z.string(), z.string())),
      supportPhone: optionalText(),
      supportEmail: optionalText(),
      changes: optionalText(),
    }),
  ),
});

export type WidgetConfig = z.infer<typeof widgetConfigSchema>;

export const DEFAULT_VENDOR_GLOBS: readonly string[] = ['**/*.min.js', 'vendor/**'];

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Parse and validate widget-publisher.json; throws ConfigError naming the line and what to do. */
export function parseWidgetConfig(text: string, fileName = 'widget-publisher.json'): WidgetConfig {
  const document = parseJsonDocument(text);
  const syntax = document.syntaxErrors[0];
  if (syntax) {
    throw new ConfigError(
      `${fileName}:${syntax.line}:${syntax.column}: ${syntax.message}. Fix the JSON syntax or delete the file to use the defaults.`,
      fileName,
      syntax.line,
      syntax.column,
    );
  }
  const result = widgetConfigSchema.safeParse(document.value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  const position = document.positionOf(path);
  const where = path.length > 0 ? path.join('.') : '(root)';
  throw new ConfigError(
    `${fileName}:${position.line}:${position.column}: "${where}" ${issue.message}. See the JSON Schema at docs/widget-publisher.schema.json.`,
    fileName,
    position.line,
    position.column,
  );
}

/**
 * Throws a ConfigError for a rule id under `rules` that no rule has (`image/dimension`): a misspelt id
 * would otherwise be silently ignored, and the rule the user meant to change would keep running as before.
 */
export function assertKnownRuleIds(config: WidgetConfig, text: string, knownIds: readonly string[], fileName = 'widget-publisher.json'): void {
  const known = new Set(knownIds);
  for (const id of Object.keys(config.rules ?? {})) {
    if (known.has(id)) continue;
    const position = parseJsonDocument(text).keyPositionOf(['rules', id]);
    const nearest = nearestId(id, knownIds);
    throw new ConfigError(
      `${fileName}:${position.line}:${position.column}: "rules" names "${id}", which is not a rule${nearest ? `; did you mean "${nearest}"?` : '.'} The rule ids are listed in docs/rules.md.`,
      fileName,
      position.line,
      position.column,
    );
  }
}

function nearestId(id: string, knownIds: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of knownIds) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== null && bestDistance <= Math.max(3, Math.floor(id.length / 3)) ? best : null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** JSON Schema of the config file, published as docs/widget-publisher.schema.json. */
export function widgetConfigJsonSchema(): unknown {
  return z.toJSONSchema(widgetConfigSchema, { target: 'draft-2020-12' });
}
