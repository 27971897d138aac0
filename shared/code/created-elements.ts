import type { AnyNode, CallExpression } from 'acorn';
import { argumentAt, calledMethodName, memberPropertyName, staticString, unwrapChain } from './ast-query';
import { resolvedString } from './resolve';
import type { ScriptIndex } from './script-index';

const NO_CREATIONS: readonly CallExpression[] = [];

/** The file's createElement calls by the tag they create, found in one pass for every tag the rules ask about. */
function creationsByTag(index: ScriptIndex): Map<string, CallExpression[]> {
  return index.memo('element-creations', () => {
    const byTag = new Map<string, CallExpression[]>();
    for (const call of index.nodesOfType('CallExpression')) {
      const method = calledMethodName(call);
      const argument = method === 'createElement' ? argumentAt(call, 0) : method === 'createElementNS' ? argumentAt(call, 1) : null;
      const tag = argument === null ? undefined : resolvedString(index, argument)?.trim().toLowerCase();
      if (tag === undefined) continue;
      const calls = byTag.get(tag);
      if (calls) calls.push(call);
      else byTag.set(tag, [call]);
    }
    return byTag;
  });
}

/** `document.createElement('script')` (also createElementNS, also through a variable holding the tag name). */
export function elementCreations(index: ScriptIndex, tag: string): readonly CallExpression[] {
  return creationsByTag(index).get(tag) ?? NO_CREATIONS;
}

/** The name a created element is kept under: `var s = ...` gives `s`, `this.link = ...` gives `link`. */
function storedName(index: ScriptIndex, creation: AnyNode): string | null {
  const parent = index.parentOf(creation);
  if (parent?.type === 'VariableDeclarator' && parent.init === creation && parent.id.type === 'Identifier') return parent.id.name;
  if (parent?.type === 'AssignmentExpression' && parent.right === creation) {
    const target = unwrapChain(parent.left);
    if (target.type === 'Identifier') return target.name;
    if (target.type === 'MemberExpression') return memberPropertyName(target);
  }
  return null;
}

function endsWithName(node: AnyNode, names: ReadonlySet<string>): boolean {
  const target = unwrapChain(node);
  if (target.type === 'Identifier') return names.has(target.name);
  if (target.type === 'MemberExpression') {
    const name = memberPropertyName(target);
    return name !== null && names.has(name);
  }
  return false;
}

export interface AttributeWrite {
  node: AnyNode;
  value: AnyNode;
}

/**
 * Values given to `attribute` of elements created with `tag`: `s.src = url`, `s.setAttribute('src', url)`,
 * for the variable or property the created element was stored in.
 */
export function createdElementAttributes(index: ScriptIndex, tag: string, attribute: string): AttributeWrite[] {
  const creations = elementCreations(index, tag);
  if (creations.length === 0) return [];
  const names = new Set(
    creations
      .map((creation) => storedName(index, creation))
      .filter((name): name is string => name !== null),
  );
  if (names.size === 0) return [];
  const writes: AttributeWrite[] = [];
  for (const assignment of index.nodesOfType('AssignmentExpression')) {
    const target = unwrapChain(assignment.left);
    if (assignment.operator !== '=' || target.type !== 'MemberExpression') continue;
    if (memberPropertyName(target) === attribute && endsWithName(target.object, names)) {
      writes.push({ node: assignment, value: assignment.right });
    }
  }
  for (const call of index.nodesOfType('CallExpression')) {
    const callee = unwrapChain(call.callee);
    if (calledMethodName(call) !== 'setAttribute' || callee.type !== 'MemberExpression') continue;
    const value = argumentAt(call, 1);
    if (staticString(argumentAt(call, 0))?.toLowerCase() === attribute && value && endsWithName(callee.object, names)) {
      writes.push({ node: call, value });
    }
  }
  return writes;
}
