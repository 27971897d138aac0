import type { AnyNode, Identifier } from 'acorn';
import globals from 'globals';
import type { RuleContext } from '../check/rule-context';
import { assignmentTargets, conditionGuarding, patternNames } from './ast-query';
import { loadedUrls } from './loaded-urls';
import { isShadowed } from './scope';
import { ownScriptIndexes, type ScriptIndex } from './script-index';

/** Names every page has: the browser's window and the language's built-ins, and AMD's loader. */
const KNOWN_GLOBALS = new Set<string>([
  ...Object.keys(globals.browser),
  ...Object.keys(globals.builtin),
  ...Object.keys(globals.amd),
  'requirejs',
  'arguments',
  'undefined',
]);

export interface UndeclaredRead {
  name: string;
  /** The first read, for the finding's position. */
  first: Identifier;
  count: number;
}

/** Parent types whose identifier child is a name being declared or a label, never a read. */
const NON_READ_PARENTS = new Set([
  'LabeledStatement',
  'BreakStatement',
  'ContinueStatement',
  'ImportSpecifier',
  'ImportDefaultSpecifier',
  'ImportNamespaceSpecifier',
  'ExportSpecifier',
  'MetaProperty',
  'CatchClause',
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ClassDeclaration',
  'ClassExpression',
  'VariableDeclarator',
  'AssignmentPattern',
  'ArrayPattern',
  'ObjectPattern',
  'RestElement',
]);

/** True when `identifier` is a value read, not a property name, a declaration or a label. */
function isRead(index: ScriptIndex, identifier: Identifier): boolean {
  const parent = index.parentOf(identifier);
  if (!parent) return false;
  switch (parent.type) {
    case 'MemberExpression':
      return parent.object === identifier || parent.computed;
    case 'Property':
      if (parent.value === identifier) return index.parentOf(parent)?.type !== 'ObjectPattern';
      return parent.computed && parent.key === identifier;
    case 'PropertyDefinition':
    case 'MethodDefinition':
      return parent.computed && parent.key === identifier;
    case 'VariableDeclarator':
      return parent.init === identifier;
    case 'AssignmentPattern':
      return parent.right === identifier;
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return 'body' in parent && parent.body === identifier;
    case 'ClassDeclaration':
    case 'ClassExpression':
      return parent.superClass === identifier;
    default:
      return !NON_READ_PARENTS.has(parent.type);
  }
}

/** Ranges of `typeof name` tests in a file, by name. */
function typeofTests(index: ScriptIndex): Map<string, Array<[number, number]>> {
  return index.memo('typeof-tests', () => {
    const tests = new Map<string, Array<[number, number]>>();
    for (const unary of index.nodesOfType('UnaryExpression')) {
      if (unary.operator !== 'typeof' || unary.argument.type !== 'Identifier') continue;
      const list = tests.get(unary.argument.name) ?? [];
      list.push([unary.start, unary.end]);
      tests.set(unary.argument.name, list);
    }
    return tests;
  });
}

/**
 * `typeof x`, a read under a `typeof x` test (`if (typeof twig !== 'undefined') twig(...)`), and reads inside
 * a `try` block: code that expects the name may be missing does not throw.
 */
function isGuarded(index: ScriptIndex, identifier: Identifier): boolean {
  const parent = index.parentOf(identifier);
  if (parent?.type === 'UnaryExpression' && parent.operator === 'typeof') return true;
  const tests = typeofTests(index).get(identifier.name) ?? [];
  let child: AnyNode = identifier;
  for (const ancestor of index.ancestorsOf(identifier)) {
    if (ancestor.type === 'TryStatement' && ancestor.block === child) return true;
    const condition = conditionGuarding(ancestor, child);
    if (condition && tests.some(([start, end]) => start >= condition.start && end <= condition.end)) return true;
    child = ancestor;
  }
  return false;
}

/**
 * Names the widget's own scripts make global themselves: top-level declarations of classic scripts and
 * names assigned without a declaration anywhere (code/undeclared-write reports those; reading them is fine).
 */
function widgetGlobals(context: RuleContext): Set<string> {
  return context.cache('code:widget-made-globals', () => {
    const names = new Set<string>();
    for (const index of ownScriptIndexes(context)) {
      if (index.sourceType === 'script') {
        for (const statement of index.ast.body) {
          if (statement.type === 'VariableDeclaration') statement.declarations.forEach((d) => patternNames(d.id).forEach((n) => names.add(n)));
          else if ((statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') && statement.id) names.add(statement.id.name);
        }
      }
      const targets = index.nodesOfType('AssignmentExpression').flatMap((assignment) => assignmentTargets(assignment.left));
      for (const type of ['ForInStatement', 'ForOfStatement'] as const) {
        for (const loop of index.nodesOfType(type)) if (loop.left.type !== 'VariableDeclaration') targets.push(...assignmentTargets(loop.left));
      }
      for (const target of targets) if (target.type === 'Identifier') names.add(target.name);
    }
    return names;
  });
}

/**
 * A global that a script the widget loads defines (`twemoji` after loading twemoji.min.js): its name is
 * in the script's address. Which globals a remote script defines cannot be read, so the address stands in.
 * The addresses (every define/require path of every own script: tens of thousands in a large widget) are
 * searched as one text, once a name for the whole check.
 */
function loadedLibraryTest(context: RuleContext): (name: string) => boolean {
  return context.cache('code:loaded-script-test', () => {
    // Joined when a name first needs it: in most widgets every read is declared or a known global.
    let urls: string | null = null;
    const answers = new Map<string, boolean>();
    return (name: string): boolean => {
      let answer = answers.get(name);
      if (answer === undefined) {
        const lower = name.toLowerCase().replace(/^\$+/, '');
        // A name has no line break, so it is found in the joined text only where one address holds it.
        urls ??= ownScriptIndexes(context)
          .flatMap((index) => loadedUrls(index).map((loaded) => loaded.url.toLowerCase()))
          .join('\n');
        answer = lower.length >= 3 && urls.includes(lower);
        answers.set(name, answer);
      }
      return answer;
    };
  });
}

/** The set of the platform's page globals, made once for the list (a check asks for it once a file). */
const platformGlobalSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function platformGlobalSet(platformGlobals: readonly string[]): ReadonlySet<string> {
  let set = platformGlobalSets.get(platformGlobals);
  if (!set) {
    set = new Set(platformGlobals);
    platformGlobalSets.set(platformGlobals, set);
  }
  return set;
}

/**
 * Identifiers a file reads that no scope declares and that are neither a browser or language global,
 * a global of the platform's page (`platformGlobals`: AMOCRM, APP, $, _ ...), nor a global the widget
 * makes itself. Reading such a name throws a ReferenceError: typically a variable whose only
 * declaration was commented out, or a typo.
 */
export function undeclaredReads(context: RuleContext, index: ScriptIndex, platformGlobals: readonly string[]): UndeclaredRead[] {
  const made = widgetGlobals(context);
  const platform = platformGlobalSet(platformGlobals);
  const providedByLoadedScript = loadedLibraryTest(context);
  const byName = new Map<string, UndeclaredRead>();
  for (const identifier of index.nodesOfType('Identifier')) {
    const { name } = identifier;
    if (KNOWN_GLOBALS.has(name) || platform.has(name) || made.has(name)) continue;
    // Local names first: most reads are of them, and the loaded-library test joins every address on its first use.
    if (!isRead(index, identifier) || isShadowed(index, identifier, name)) continue;
    if (providedByLoadedScript(name) || isGuarded(index, identifier)) continue;
    const known = byName.get(name);
    if (known) known.count += 1;
    else byName.set(name, { name, first: identifier, count: 1 });
  }
  return [...byName.values()];
}
