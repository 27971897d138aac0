import { excerptAt, libraryAt } from '../code/bundle-modules';
import type { Finding } from '../model/finding';
import type { RuleContext } from './rule-context';

/** Rule groups whose findings point into code; only these can fall inside a bundled library. */
const CODE_GROUPS = ['code/', 'css/'];

/** Findings about the whole file (it is minified; it does not parse), not about code at a position. */
const WHOLE_FILE_RULES = new Set(['code/minified', 'code/js-syntax']);

/**
 * In a webpack/vite/esbuild bundle, drop findings inside library code the developer cannot change
 * (the `debug` package, the bundler's runtime, Vue devtools), and give every finding on a very long line a
 * short excerpt of the code there: `app.js:2:612011` alone shows nothing in a one-line bundle.
 */
export function refineBundleFindings(context: RuleContext, findings: Finding[]): Finding[] {
  const refined: Finding[] = [];
  for (const finding of findings) {
    const { file, line, column } = finding;
    if (!file || line === null || column === null || !CODE_GROUPS.some((group) => finding.ruleId.startsWith(group))) {
      refined.push(finding);
      continue;
    }
    if (!WHOLE_FILE_RULES.has(finding.ruleId) && libraryAt(context, file, line, column)) continue;
    const excerpt = excerptAt(context, file, line, column);
    refined.push(
      excerpt
        ? { ...finding, message: `${finding.message} Code there: "${excerpt}".`, messageRu: `${finding.messageRu} Код там: "${excerpt}".` }
        : finding,
    );
  }
  return refined;
}
