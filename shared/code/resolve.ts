import type { AnyNode, Expression } from 'acorn';
import { keyName, memberPropertyName, staticString, unwrapChain } from './ast-query';
import type { ScriptIndex } from './script-index';

/**
 * Light, name-based value lookup inside one file: enough to see through `var tag = 'script'` or
 * `var options = { async: false }` without a full data-flow analysis. When a name is bound more than
 * once, the first binding with a usable value is taken.
 */
function variableInits(index: ScriptIndex): ReadonlyMap<string, Expression[]> {
  return index.memo('variable-inits', () => {
    const inits = new Map<string, Expression[]>();
    for (const declarator of index.nodesOfType('VariableDeclarator')) {
      if (declarator.id.type !== 'Identifier' || !declarator.init) continue;
      const list = inits.get(declarator.id.name) ?? [];
      list.push(declarator.init);
      inits.set(declarator.id.name, list);
    }
    for (const assignment of index.nodesOfType('AssignmentExpression')) {
      if (assignment.operator !== '=' || assignment.left.type !== 'Identifier') continue;
      const list = inits.get(assignment.left.name) ?? [];
      list.push(assignment.right);
      inits.set(assignment.left.name, list);
    }
    return inits;
  });
}

/** Values a plain variable is given in this file (declarations and `name = value`). */
export function valuesOfVariable(index: ScriptIndex, name: string): readonly Expression[] {
  return variableInits(index).get(name) ?? [];
}

/** A string literal, or a variable whose value is one. */
export function resolvedString(index: ScriptIndex, node: AnyNode | null | undefined): string | null {
  if (!node) return null;
  const direct = staticString(node);
  if (direct !== null || node.type !== 'Identifier') return direct;
  for (const value of valuesOfVariable(index, node.name)) {
    const text = staticString(value);
    if (text !== null) return text;
  }
  return null;
}

/** An object literal, or a variable whose value is one. */
export function resolvedObject(index: ScriptIndex, node: AnyNode | null | undefined): AnyNode | null {
  if (!node) return null;
  if (node.type === 'ObjectExpression') return node;
  if (node.type !== 'Identifier') return null;
  return valuesOfVariable(index, node.name).find((value) => value.type === 'ObjectExpression') ?? null;
}

/** The value of `key` in an object literal (last one wins, as in JavaScript); undefined when absent or computed. */
export function propertyValue(object: AnyNode, key: string): AnyNode | undefined {
  if (object.type !== 'ObjectExpression') return undefined;
  let found: AnyNode | undefined;
  for (const property of object.properties) {
    if (property.type === 'Property' && keyName(property) === key) found = property.value;
  }
  return found;
}

/**
 * Functions and values defined under a member name anywhere in the file: `this.name = ...`,
 * `self.name = ...`, `{ name: ... }`, `name() {}` in a class. For `self.render` where `self` is the widget.
 */
export function valuesOfMember(index: ScriptIndex, name: string): AnyNode[] {
  const members = index.memo('member-values', () => {
    const map = new Map<string, AnyNode[]>();
    const add = (key: string | null, value: AnyNode | null | undefined): void => {
      if (key === null || !value) return;
      const list = map.get(key) ?? [];
      list.push(value);
      map.set(key, list);
    };
    for (const assignment of index.nodesOfType('AssignmentExpression')) {
      const target = unwrapChain(assignment.left);
      if (assignment.operator === '=' && target.type === 'MemberExpression') add(memberPropertyName(target), assignment.right);
    }
    for (const property of index.nodesOfType('Property')) add(keyName(property), property.value);
    for (const definition of index.nodesOfType('PropertyDefinition')) add(keyName(definition), definition.value);
    for (const method of index.nodesOfType('MethodDefinition')) add(keyName(method), method.value);
    return map;
  });
  return members.get(name) ?? [];
}
