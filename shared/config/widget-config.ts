import { z } from 'zod';
import { parseJsonDocument } from '../json/json-document';
import { PLATFORM_IDS, type PlatformId } from '../platform/profiles';

/** The optional widget-publisher.json at the widget root. Never packed. */
export const widgetConfigSchema = z
  .object({
    $schema: z.string().optional(),
    platform: z.enum(PLATFORM_IDS as [PlatformId, ...PlatformId[]]).optional(),
    css: z
      .object({
        rootSelectors: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .optional(),
    ignore: z.array(z.string().min(1)).optional(),
    vendor: z.array(z.string().min(1)).optional(),
    rules: z.record(z.string(), z.enum(['off', 'info', 'warning', 'error'])).optional(),
    moderation: z
      .object({
        integrationId: z.string().optional(),
        widgetCode: z.string().optional(),
        accountId: z.string().optional(),
        howItWorks: z.string().optional(),
        instructions: z.string().optional(),
        testData: z.string().optional(),
        /** True when the widget needs no test data (it connects to no other system): an explicit choice, never a default. */
        noTestData: z.boolean().optional(),
        /** Privacy policy link per locale (checklist, Support & localization: "a link to a privacy policy in that language"). */
        privacyPolicy: z.record(z.string(), z.string()).optional(),
        supportPhone: z.string().optional(),
        supportEmail: z.string().optional(),
        changes: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

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

/** JSON Schema of the config file, published as docs/widget-publisher.schema.json. */
export function widgetConfigJsonSchema(): unknown {
  return z.toJSONSchema(widgetConfigSchema, { target: 'draft-2020-12' });
}
