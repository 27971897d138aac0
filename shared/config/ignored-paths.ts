import ignore from 'ignore';
import type { RuleContext } from '../check/rule-context';

/** Whether the config's `ignore` globs leave a path out of widget.zip (gitignore syntax, as `pack` reads them). */
export function ignoredByConfig(context: RuleContext): (path: string) => boolean {
  return context.cache('config:ignored-paths', () => {
    const globs = context.config.ignore ?? [];
    if (globs.length === 0) return () => false;
    const matcher = ignore().add([...globs]);
    return (path: string): boolean => {
      try {
        return matcher.ignores(path);
      } catch {
        return false;
      }
    };
  });
}
