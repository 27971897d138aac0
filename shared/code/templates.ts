import type { RuleContext } from '../check/rule-context';
import { parseLimitProblems, type ParseLimitProblem } from '../text/parse-limits';
import { isJunkPath } from '../widget/junk-files';

const TEMPLATE_FILE = /\.(twig|html?|tpl)$/i;

/** Templates the checker reads (for texts, leftovers and markup names): the widget's own and shipped. */
export function isReadTemplate(context: RuleContext, path: string): boolean {
  return TEMPLATE_FILE.test(path) && !isJunkPath(path) && !context.isVendor(path);
}

/** Read templates past a template limit, alone or all together (in path order): file/parse-limit names them. */
export function templateParseProblems(context: RuleContext): ReadonlyMap<string, ParseLimitProblem> {
  return context.cache('code:template-parse-problems', () =>
    parseLimitProblems(
      'template',
      // Templates are bounded by their size alone, so none is decoded to find out.
      context.snapshot.files.flatMap((file) => (file.bytes && isReadTemplate(context, file.path) ? [{ path: file.path, text: '', bytes: file.bytes.length }] : [])),
    ),
  );
}

/**
 * The templates every template reader takes in: read ones within the template limits. Each text, line or
 * name found in them is kept, so 100 templates of 2 MB would otherwise cost gigabytes.
 */
export function readTemplatePaths(context: RuleContext): string[] {
  return context.cache('code:read-templates', () => {
    const problems = templateParseProblems(context);
    return context.snapshot.files.filter((file) => file.bytes && isReadTemplate(context, file.path) && !problems.has(file.path)).map((file) => file.path);
  });
}
