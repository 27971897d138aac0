import type { AnyNode, Identifier } from 'acorn';
import type { RuleContext } from '../check/rule-context';
import { assignmentTargets, patternNames } from './ast-query';
import { isShadowed } from './scope';
import { ownScriptIndexes, type ScriptIndex } from './script-index';

/**
 * Window properties that scripts legitimately assign without declaring them: navigation
 * (`location = url`), the window's name and status, and event handler slots (`onload = fn`).
 */
const WRITABLE_WINDOW_PROPERTIES = new Set(['location', 'name', 'status', 'opener']);
const EVENT_HANDLER = /^on[a-z]+$/;

export interface UndeclaredWrite {
  name: string;
  /** The first write, for the finding's position. */
  first: Identifier;
  count: number;
}

/**
 * Names declared at the top level of the widget's own classic (non-module) scripts: such a `var x`
 * is a global that another file may assign to. Inside define() factories nothing is top level.
 */
function topLevelGlobals(context: RuleContext): Set<string> {
  return context.cache('code:top-level-globals', () => {
    const names = new Set<string>();
    for (const index of ownScriptIndexes(context)) {
      if (index.sourceType !== 'script') continue;
      for (const statement of index.ast.body) {
        if (statement.type === 'VariableDeclaration') {
          for (const declarator of statement.declarations) for (const name of patternNames(declarator.id)) names.add(name);
        } else if (statement.type === 'FunctionDeclaration' && statement.id) {
          names.add(statement.id.name);
        } else if (statement.type === 'ClassDeclaration' && statement.id) {
          names.add(statement.id.name);
        }
      }
    }
    return names;
  });
}

function writtenIdentifiers(index: ScriptIndex): Identifier[] {
  const written: AnyNode[] = [];
  for (const assignment of index.nodesOfType('AssignmentExpression')) for (const target of assignmentTargets(assignment.left)) written.push(target);
  for (const update of index.nodesOfType('UpdateExpression')) written.push(update.argument);
  for (const type of ['ForInStatement', 'ForOfStatement'] as const) {
    for (const loop of index.nodesOfType(type)) {
      if (loop.left.type !== 'VariableDeclaration') for (const target of assignmentTargets(loop.left)) written.push(target);
    }
  }
  return written.filter((node): node is Identifier => node.type === 'Identifier').sort((a, b) => a.start - b.start);
}

/**
 * Variables a file assigns to without declaring them anywhere it can see (`$cc = ...` with no var,
 * let or const): in the browser each becomes a property of the CRM page's window (or throws in
 * strict mode). Reading an undeclared name is not counted: the platform provides globals (AMOCRM,
 * APP, $) that a widget reads without declaring.
 */
export function undeclaredWrites(context: RuleContext, index: ScriptIndex): UndeclaredWrite[] {
  const globals = topLevelGlobals(context);
  const byName = new Map<string, UndeclaredWrite>();
  for (const identifier of writtenIdentifiers(index)) {
    const { name } = identifier;
    if (WRITABLE_WINDOW_PROPERTIES.has(name) || EVENT_HANDLER.test(name) || globals.has(name)) continue;
    if (isShadowed(index, identifier, name)) continue;
    const known = byName.get(name);
    if (known) known.count += 1;
    else byName.set(name, { name, first: identifier, count: 1 });
  }
  return [...byName.values()];
}
