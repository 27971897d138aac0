import type { Command } from 'commander';
import { dirname, join } from 'node:path';
import { widgetConfigJsonSchema } from '../../../shared/config/widget-config';
import { rulesMarkdown } from '../../../shared/docs/rules-markdown';
import { RULE_CATALOGUE } from '../../../shared/rules/catalogue';
import { writeFileAtomic } from '../../services/atomic-write';
import type { CliContext } from '../cli-context';
import { EXIT_OK } from '../exit-codes';

export const SCHEMA_FILE_NAME = 'widget-publisher.schema.json';

export function docsCommand(program: Command, cli: CliContext): void {
  program
    // A maintainer's command (npm run docs:rules), kept out of the user's help.
    .command('docs', { hidden: true })
    .description('write the rule reference (Markdown) and the JSON Schema of widget-publisher.json')
    .option('--out <file>', 'where to write the rule reference; the schema goes beside it', 'docs/rules.md')
    .addHelpText(
      'after',
      `
Example:
  $ widget-publisher docs --out docs/rules.md   (also writes docs/${SCHEMA_FILE_NAME})`,
    )
    .action(async (flags: { out: string }) => {
      const rulesPath = cli.resolvePath(flags.out);
      const schemaPath = join(dirname(rulesPath), SCHEMA_FILE_NAME);
      await writeFileAtomic(rulesPath, rulesMarkdown(RULE_CATALOGUE));
      await writeFileAtomic(schemaPath, `${JSON.stringify(widgetConfigJsonSchema(), null, 2)}\n`);
      cli.out(`Wrote ${cli.displayPath(rulesPath)} (${RULE_CATALOGUE.length} rules) and ${cli.displayPath(schemaPath)}.\n`);
      cli.setExitCode(EXIT_OK);
    });
}
