import type { RuleContext } from '../check/rule-context';
import { ignoredByConfig } from '../config/ignored-paths';
import { isJunkPath } from '../widget/junk-files';

const SCRIPT_EXTENSIONS = ['.js', '.mjs'];
const STYLESHEET_EXTENSIONS = ['.css'];

function hasExtension(path: string, extensions: readonly string[]): boolean {
  const lower = path.toLowerCase();
  return extensions.some((extension) => lower.endsWith(extension));
}

/**
 * Files that ship and that the widget's author wrote: not third-party (`vendor` globs), not junk
 * that `pack` drops (node_modules, .git ...), not left out by the config's `ignore` globs.
 * Vendor files are dropped here, before anything is parsed, so a widget that bundles large
 * minified libraries costs nothing extra.
 */
function ownFiles(context: RuleContext, extensions: readonly string[]): string[] {
  const isIgnored = ignoredByConfig(context);
  return context.snapshot.files
    .map((file) => file.path)
    .filter((path) => hasExtension(path, extensions))
    .filter((path) => !context.isVendor(path) && !isJunkPath(path) && !isIgnored(path));
}

/** The widget's own JavaScript files (.js, .mjs), in snapshot order. */
export function ownScriptPaths(context: RuleContext): string[] {
  return context.cache('code:own-scripts', () => ownFiles(context, SCRIPT_EXTENSIONS));
}

/** The widget's own stylesheets (.css), in snapshot order. */
export function ownStylesheetPaths(context: RuleContext): string[] {
  return context.cache('code:own-stylesheets', () => ownFiles(context, STYLESHEET_EXTENSIONS));
}
