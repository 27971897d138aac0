import type { AnonymousClassDeclaration, AnyNode, CallExpression, ClassDeclaration, ClassExpression } from 'acorn';

type Class = ClassDeclaration | AnonymousClassDeclaration | ClassExpression;
import type { RuleContext } from '../check/rule-context';
import { WIDGET_API_METHODS } from '../platform/widget-api';
import { argumentAt, calledMethodName, conditionGuarding, isFunctionNode, keyName, memberChain, memberPropertyName, staticString, unwrapChain } from './ast-query';
import { declaringScope } from './scope';
import { ownScriptIndexes, type ScriptIndex } from './script-index';

/** A call to a widget member that nothing defines, grouped by name within a file. */
export interface UndefinedMethodCall {
  name: string;
  /** How the code reaches it, as written: `self.renderList`, `this.callbacks.loadData`. */
  written: string;
  first: CallExpression;
  count: number;
}

/** Methods every object has through Object.prototype and Function.prototype. */
const OBJECT_METHODS = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  ...Object.getOwnPropertyNames(Function.prototype),
]);

/** Library calls that copy members onto their first argument (`true` first for a deep jQuery extend). */
const MIXIN_FUNCTIONS = new Set(['assign', 'extend', 'extendOwn', 'assignIn', 'defaults', 'defaultsDeep', 'merge', 'mixin']);

const CALL_FORWARDERS = new Set(['call', 'apply', 'bind']);

/** Longest source excerpt a message quotes for the called member. */
const MAX_WRITTEN = 60;

/** The function `this` means at `node`: the nearest enclosing non-arrow function (or class field), else null. */
function thisOwner(index: ScriptIndex, node: AnyNode): AnyNode | null {
  for (const ancestor of index.ancestorsOf(node)) {
    if (ancestor.type === 'FunctionExpression' || ancestor.type === 'FunctionDeclaration') return ancestor;
    if (ancestor.type === 'PropertyDefinition' || ancestor.type === 'StaticBlock') return ancestor;
  }
  return null;
}

/** The class a method's function or a class field belongs to. */
function classOf(index: ScriptIndex, owner: AnyNode): Class | null {
  const member = owner.type === 'PropertyDefinition' ? owner : index.parentOf(owner);
  if (member?.type !== 'MethodDefinition' && member?.type !== 'PropertyDefinition') return null;
  if (member.static) return null;
  const body = index.parentOf(member);
  const cls = body ? index.parentOf(body) : null;
  return cls?.type === 'ClassDeclaration' || cls?.type === 'ClassExpression' ? cls : null;
}

/**
 * One widget object in a file: a constructor function or a class that sets `callbacks`. `owners` are the
 * functions where `this` is the widget (the constructor; a class's methods), `aliases` the scopes of
 * variables holding it (`var self = this`).
 */
interface WidgetObject {
  root: AnyNode;
  owners: Set<AnyNode>;
  aliases: Map<string, AnyNode>;
}

function isWidgetThis(widget: WidgetObject, index: ScriptIndex, node: AnyNode): boolean {
  if (node.type !== 'ThisExpression') return false;
  const owner = thisOwner(index, node);
  return owner !== null && widget.owners.has(owner);
}

function isWidgetRef(widget: WidgetObject, index: ScriptIndex, node: AnyNode): boolean {
  if (node.type === 'ThisExpression') return isWidgetThis(widget, index, node);
  if (node.type !== 'Identifier') return false;
  const scope = widget.aliases.get(node.name);
  return scope !== undefined && declaringScope(index, node, node.name) === scope;
}

/** `var self = this` / `self = this` where `this` is the widget: the alias's name and its scope. */
function collectAliases(widget: WidgetObject, index: ScriptIndex): void {
  const candidates: Array<[string, AnyNode]> = [];
  for (const declarator of index.nodesOfType('VariableDeclarator')) {
    if (declarator.id.type === 'Identifier' && declarator.init && isWidgetThis(widget, index, declarator.init)) candidates.push([declarator.id.name, declarator.id]);
  }
  for (const assignment of index.nodesOfType('AssignmentExpression')) {
    if (assignment.operator === '=' && assignment.left.type === 'Identifier' && isWidgetThis(widget, index, assignment.right)) candidates.push([assignment.left.name, assignment.left]);
  }
  for (const [name, at] of candidates) {
    const scope = declaringScope(index, at, name);
    if (scope) widget.aliases.set(name, scope);
  }
  // A variable that also holds something else is not reliably the widget.
  const reassigned = (name: string, at: AnyNode, value: AnyNode | null | undefined): boolean =>
    widget.aliases.get(name) === declaringScope(index, at, name) && !!value && !isWidgetThis(widget, index, value);
  for (const declarator of index.nodesOfType('VariableDeclarator')) {
    if (declarator.id.type === 'Identifier' && reassigned(declarator.id.name, declarator.id, declarator.init)) widget.aliases.delete(declarator.id.name);
  }
  for (const assignment of index.nodesOfType('AssignmentExpression')) {
    if (assignment.left.type === 'Identifier' && reassigned(assignment.left.name, assignment.left, assignment.right)) widget.aliases.delete(assignment.left.name);
  }
}

/**
 * Member names the file uses as values (`$el.on('click', this.onClick)`, `setTimeout(self.tick)`): such a
 * method may run with another `this`, so `this` inside it is not taken for the widget.
 */
function namesUsedAsValues(index: ScriptIndex): Set<string> {
  return index.memo('member-names-used-as-values', () => {
    const names = new Set<string>();
    for (const member of index.nodesOfType('MemberExpression')) {
      const parent = index.parentOf(member);
      const called = parent?.type === 'CallExpression' && parent.callee === member;
      const written = parent?.type === 'AssignmentExpression' && parent.left === member;
      const chained = parent?.type === 'MemberExpression' && parent.object === member;
      const name = memberPropertyName(member);
      if (!called && !written && !chained && name !== null) names.add(name);
    }
    return names;
  });
}

function widgetFromClass(index: ScriptIndex, cls: Class): WidgetObject | null {
  if (cls.superClass) return null;
  const passed = namesUsedAsValues(index);
  const owners = new Set<AnyNode>();
  for (const member of cls.body.body) {
    if (member.type === 'MethodDefinition' && !member.static && !passed.has(keyName(member) ?? '')) owners.add(member.value);
    if (member.type === 'PropertyDefinition' && !member.static) owners.add(member);
  }
  return { root: cls, owners, aliases: new Map() };
}

/** Widget objects of a file: constructors and classes that set `callbacks` on `this` (or on its alias). */
function widgetObjects(index: ScriptIndex): WidgetObject[] {
  return index.memo('widget-objects', () => {
    const widgets = new Map<AnyNode, WidgetObject>();
    const consider = (target: AnyNode): void => {
      const owner = thisOwner(index, target);
      if (!owner || widgets.has(owner)) return;
      const cls = classOf(index, owner);
      if (cls) {
        if (![...widgets.values()].some((w) => w.root === cls)) {
          const widget = widgetFromClass(index, cls);
          if (widget) widgets.set(owner, widget);
        }
        return;
      }
      if (owner.type === 'FunctionExpression' || owner.type === 'FunctionDeclaration') widgets.set(owner, { root: owner, owners: new Set([owner]), aliases: new Map() });
    };
    for (const assignment of index.nodesOfType('AssignmentExpression')) {
      const left = unwrapChain(assignment.left);
      if (left.type !== 'MemberExpression' || memberPropertyName(left) !== 'callbacks') continue;
      const object = unwrapChain(left.object);
      if (object.type === 'ThisExpression') consider(object);
      else if (object.type === 'Identifier') {
        const alias = aliasThisOf(index, object.name, assignment);
        if (alias) consider(alias);
      }
    }
    for (const definition of index.nodesOfType('PropertyDefinition')) {
      if (keyName(definition) === 'callbacks' && !definition.static) consider(definition.value ?? definition);
    }
    const list = [...new Set(widgets.values())];
    for (const widget of list) addPrototypeMethods(widget, index);
    for (const widget of list) collectAliases(widget, index);
    return list;
  });
}

/**
 * Functions on a constructor's prototype (`CustomWidget.prototype.draw = function () {}`, `CustomWidget.prototype =
 * {...}`, `_.extend(CustomWidget.prototype, {...})`): called as `self.draw()`, their `this` is the widget.
 */
function addPrototypeMethods(widget: WidgetObject, index: ScriptIndex): void {
  const name = constructorName(index, widget.root);
  if (name === null || widget.root.type === 'ClassDeclaration' || widget.root.type === 'ClassExpression') return;
  const passed = namesUsedAsValues(index);
  const add = (key: string | null, value: AnyNode | null | undefined): void => {
    if (key !== null && !passed.has(key) && (value?.type === 'FunctionExpression')) widget.owners.add(value);
  };
  const addObject = (object: AnyNode | null): void => {
    if (object?.type !== 'ObjectExpression') return;
    for (const property of object.properties) if (property.type === 'Property') add(keyName(property), property.value);
  };
  for (const assignment of index.nodesOfType('AssignmentExpression')) {
    const left = unwrapChain(assignment.left);
    if (assignment.operator !== '=' || left.type !== 'MemberExpression') continue;
    if (isPrototypeOf(left, name)) addObject(assignment.right);
    else if (isPrototypeOf(unwrapChain(left.object), name)) add(memberPropertyName(left), assignment.right);
  }
  for (const call of index.nodesOfType('CallExpression')) {
    if (isMixinCall(call) && isPrototypeOf(argumentAt(call, 0) ?? call, name)) call.arguments.slice(1).forEach((source) => addObject(source));
  }
}

/** The `this` a variable named `name` was set from in the function around `at` (`var self = this`). */
function aliasThisOf(index: ScriptIndex, name: string, at: AnyNode): AnyNode | null {
  const owner = thisOwner(index, at);
  if (!owner) return null;
  for (const declarator of index.nodesOfType('VariableDeclarator')) {
    if (declarator.id.type === 'Identifier' && declarator.id.name === name && declarator.init?.type === 'ThisExpression' && thisOwner(index, declarator.init) === owner) return declarator.init;
  }
  for (const assignment of index.nodesOfType('AssignmentExpression')) {
    if (assignment.left.type === 'Identifier' && assignment.left.name === name && assignment.right.type === 'ThisExpression' && thisOwner(index, assignment.right) === owner) return assignment.right;
  }
  return null;
}

/** The name a constructor function is reached by: `var CustomWidget = function () {}` or `function CustomWidget() {}`. */
function constructorName(index: ScriptIndex, root: AnyNode): string | null {
  if (root.type === 'FunctionDeclaration') return root.id?.name ?? null;
  const parent = index.parentOf(root);
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  if (parent?.type === 'AssignmentExpression' && parent.left.type === 'Identifier') return parent.left.name;
  return null;
}

function isPrototypeOf(node: AnyNode, name: string | null): boolean {
  const chain = memberChain(node);
  return name !== null && chain !== null && chain.root.type === 'Identifier' && chain.root.name === name && chain.path.join('.') === 'prototype';
}

function isMixinCall(call: CallExpression): boolean {
  return MIXIN_FUNCTIONS.has(calledMethodName(call) ?? '');
}

/** `Base.call(this)` / `Base.apply(self, arguments)` in the constructor body: a parent constructor adds members. */
function isParentConstructorCall(widget: WidgetObject, index: ScriptIndex, call: CallExpression): boolean {
  const callee = unwrapChain(call.callee);
  const first = argumentAt(call, 0);
  return (
    callee.type === 'MemberExpression' &&
    unwrapChain(callee.object).type === 'Identifier' &&
    first !== null &&
    isWidgetRef(widget, index, first) &&
    thisOwner(index, call) === widget.root
  );
}

/** Whether members can reach the widget in ways the code does not spell out: then nothing is reported for it. */
function escapes(widget: WidgetObject, index: ScriptIndex): boolean {
  const name = constructorName(index, widget.root);
  const isCallbacksOf = (node: AnyNode): boolean => node.type === 'MemberExpression' && memberPropertyName(node) === 'callbacks' && isWidgetRef(widget, index, unwrapChain(node.object));
  const isTarget = (node: AnyNode | null): boolean =>
    node !== null && (isWidgetRef(widget, index, node) || isCallbacksOf(node) || isPrototypeOf(node, name));
  for (const assignment of index.nodesOfType('AssignmentExpression')) {
    const left = unwrapChain(assignment.left);
    // self[name] = fn: members named at run time.
    if (left.type === 'MemberExpression' && left.computed && staticString(left.property) === null && isTarget(unwrapChain(left.object))) return true;
    // CustomWidget.prototype = Object.create(Base.prototype): inherited members.
    if (left.type === 'MemberExpression' && isPrototypeOf(left, name) && assignment.right.type !== 'ObjectExpression') return true;
  }
  for (const call of index.nodesOfType('CallExpression')) {
    const method = calledMethodName(call);
    // Base.call(this): a parent constructor adds members; Object.setPrototypeOf(self, ...) likewise.
    if ((method === 'call' || method === 'apply') && isParentConstructorCall(widget, index, call)) return true;
    if (method === 'setPrototypeOf' && isTarget(argumentAt(call, 0))) return true;
    if (method === 'defineProperty' && isTarget(argumentAt(call, 0)) && staticString(argumentAt(call, 1)) === null) return true;
    if (isMixinCall(call)) {
      const first = argumentAt(call, 0);
      const targetAt = first?.type === 'Literal' && typeof first.value === 'boolean' ? 1 : 0;
      if (!isTarget(argumentAt(call, targetAt))) continue;
      // Object literal sources are read like any other definition; anything else brings unknown members.
      if (call.arguments.slice(targetAt + 1).some((source) => source.type !== 'ObjectExpression')) return true;
    }
  }
  return false;
}

/**
 * Every member name the widget's own scripts define anywhere: `x.name = ...`, `{ name: ... }`, class
 * members, `Object.defineProperty(x, 'name')`. Deliberately by name across all files: a helper defined
 * on the widget from another module, or through an object mixed in, counts as defined.
 */
function definedMemberNames(context: RuleContext): Set<string> {
  return context.cache('code:defined-member-names', () => {
    const names = new Set<string>(WIDGET_API_METHODS);
    for (const index of ownScriptIndexes(context)) {
      for (const assignment of index.nodesOfType('AssignmentExpression')) {
        const left = unwrapChain(assignment.left);
        const name = left.type === 'MemberExpression' ? memberPropertyName(left) : null;
        if (name !== null) names.add(name);
      }
      for (const property of index.nodesOfType('Property')) {
        const name = keyName(property);
        if (name !== null) names.add(name);
      }
      for (const type of ['MethodDefinition', 'PropertyDefinition'] as const) {
        for (const member of index.nodesOfType(type)) {
          const name = keyName(member);
          if (name !== null) names.add(name);
        }
      }
      for (const call of index.nodesOfType('CallExpression')) {
        const name = calledMethodName(call) === 'defineProperty' ? staticString(argumentAt(call, 1)) : null;
        if (name !== null) names.add(name);
      }
    }
    return names;
  });
}

const WORD_CHARS = /[A-Za-z0-9_$]/;

/** True when `text` mentions `name` as a whole word. */
function mentions(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = at > 0 ? text[at - 1] : '';
    const after = text[at + name.length] ?? '';
    if (!WORD_CHARS.test(before) && !WORD_CHARS.test(after)) return true;
  }
  return false;
}

/**
 * Code that expects the member may be missing: inside a try block, under a condition that mentions it
 * (`typeof self.x === 'function'`, `if (self.x)`, `self.x && self.x()`), or after an `if` that mentions it
 * in the same block (`if (!self.x) return;`).
 */
function isGuarded(index: ScriptIndex, call: CallExpression, name: string): boolean {
  const text = (node: AnyNode): string => index.text.slice(node.start, node.end);
  let child: AnyNode = call;
  for (const ancestor of index.ancestorsOf(call)) {
    if (ancestor.type === 'TryStatement' && ancestor.block === child) return true;
    const condition = conditionGuarding(ancestor, child);
    if (condition && mentions(text(condition), name)) return true;
    if (ancestor.type === 'BlockStatement' || ancestor.type === 'Program') {
      const before = (ancestor.body as AnyNode[]).filter((statement) => statement.end <= child.start);
      if (before.some((statement) => statement.type === 'IfStatement' && mentions(text(statement.test), name))) return true;
    }
    if (isFunctionNode(ancestor)) break;
    child = ancestor;
  }
  return false;
}

/** The member a call reaches on the widget: `self.x()`, `this.x.call()`, `self.callbacks.x()`. */
function calledWidgetMember(widget: WidgetObject, index: ScriptIndex, call: CallExpression): { name: string; member: AnyNode } | null {
  if (call.optional) return null;
  let callee = unwrapChain(call.callee);
  if (callee.type !== 'MemberExpression' || callee.optional) return null;
  if (CALL_FORWARDERS.has(memberPropertyName(callee) ?? '')) {
    callee = unwrapChain(callee.object);
    if (callee.type !== 'MemberExpression' || callee.optional) return null;
  }
  const name = memberPropertyName(callee);
  if (name === null) return null;
  let owner = unwrapChain(callee.object);
  if (owner.type === 'MemberExpression' && memberPropertyName(owner) === 'callbacks' && !owner.optional) owner = unwrapChain(owner.object);
  return isWidgetRef(widget, index, owner) ? { name, member: callee } : null;
}

/**
 * Calls to members of the widget object (`self.renderList()`, `this.callbacks.loadData()`) that nothing in
 * the widget's scripts defines and the platform does not provide: each throws "is not a function".
 * Widgets whose members may come from elsewhere (computed names, unknown mixins, a parent constructor)
 * are skipped whole.
 */
export function undefinedMethodCalls(context: RuleContext, index: ScriptIndex): UndefinedMethodCall[] {
  const defined = definedMemberNames(context);
  const byName = new Map<string, UndefinedMethodCall>();
  for (const widget of widgetObjects(index)) {
    if (escapes(widget, index)) continue;
    for (const call of index.nodesOfType('CallExpression')) {
      const reached = calledWidgetMember(widget, index, call);
      if (!reached || defined.has(reached.name) || OBJECT_METHODS.has(reached.name)) continue;
      if (isGuarded(index, call, reached.name)) continue;
      const known = byName.get(reached.name);
      if (known) known.count += 1;
      else byName.set(reached.name, { name: reached.name, written: index.text.slice(reached.member.start, reached.member.end).replace(/\s+/g, '').slice(0, MAX_WRITTEN), first: call, count: 1 });
    }
  }
  return [...byName.values()].sort((a, b) => a.first.start - b.first.start);
}
