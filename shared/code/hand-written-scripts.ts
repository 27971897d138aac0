import type { RuleContext } from '../check/rule-context';
import { unusedKind } from '../widget/unused-file-kinds';
import { bundleOf } from './bundle-modules';
import { minificationEvidence } from './minification';
import { ownScriptIndexes, type ScriptIndex } from './script-index';

/**
 * Own scripts a person wrote and the CRM runs: not build tooling (gulpfile.js runs in Node, never in the CRM;
 * package/unused-file reports the file itself), not minified files and not bundles, whose libraries reach
 * names and members in ways a reader cannot follow.
 */
export function handWrittenScriptIndexes(context: RuleContext): readonly ScriptIndex[] {
  return context.cache('code:hand-written-script-indexes', () =>
    ownScriptIndexes(context).filter(
      (index) => unusedKind(index.path).id !== 'tooling' && !minificationEvidence(context, index.path) && !bundleOf(context, index.path),
    ),
  );
}
