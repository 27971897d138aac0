import type { AnyNode } from 'acorn';
import type { LocalizedMessage } from '../../model/finding';
import {
  argumentAt,
  calledMethodName,
  isFalseLiteral,
  isFunctionNode,
  isTrueLiteral,
  keyName,
  memberPropertyName,
  positionOf,
  unwrapChain,
  type FunctionNode,
} from '../../code/ast-query';
import { canCompleteNormally } from '../../code/control-flow';
import { nodePosition } from '../../code/node-positions';
import { resolvedObject, valuesOfMember, valuesOfVariable } from '../../code/resolve';
import { ownScriptIndexes, type ScriptIndex } from '../../code/script-index';
import { defineRule, SOURCES } from '../rule';

const SCRIPT_ENTRY = 'script.js';
/** How deep `return self.renderCard()` is followed into other functions. */
const MAX_FOLLOW = 3;

interface CallbacksObject {
  index: ScriptIndex;
  node: AnyNode;
  members: Map<string, AnyNode>;
}

function objectMembers(object: AnyNode): Map<string, AnyNode> {
  const members = new Map<string, AnyNode>();
  if (object.type !== 'ObjectExpression') return members;
  for (const property of object.properties) {
    const name = property.type === 'Property' ? keyName(property) : null;
    if (name !== null && property.type === 'Property') members.set(name, property.value);
  }
  return members;
}

/** `this.callbacks = {...}`, `self.callbacks = callbacks`, `{ callbacks: {...} }`, `callbacks = {...}` in a class, `this.callbacks.render = fn`. */
function callbacksObjects(index: ScriptIndex): CallbacksObject[] {
  const found: CallbacksObject[] = [];
  const added = new Map<string, AnyNode>();
  let addedAt: AnyNode | null = null;
  const take = (node: AnyNode, value: AnyNode | null | undefined): void => {
    const object = resolvedObject(index, value ?? null);
    if (object) found.push({ index, node, members: objectMembers(object) });
  };
  for (const assignment of index.nodesOfType('AssignmentExpression')) {
    const target = unwrapChain(assignment.left);
    if (assignment.operator !== '=' || target.type !== 'MemberExpression') continue;
    if (memberPropertyName(target) === 'callbacks') take(assignment, assignment.right);
    const owner = unwrapChain(target.object);
    const name = memberPropertyName(target);
    if (owner.type === 'MemberExpression' && memberPropertyName(owner) === 'callbacks' && name !== null) {
      added.set(name, assignment.right);
      addedAt ??= assignment;
    }
  }
  for (const property of index.nodesOfType('Property')) {
    if (keyName(property) === 'callbacks') take(property, property.value);
  }
  for (const definition of index.nodesOfType('PropertyDefinition')) {
    if (keyName(definition) === 'callbacks') take(definition, definition.value);
  }
  if (addedAt) found.push({ index, node: addedAt, members: added });
  return found;
}

function requiredCount(object: CallbacksObject, required: readonly string[]): number {
  return required.filter((name) => object.members.has(name)).length;
}

/**
 * The widget's callbacks: script.js first, then the other own files (a script.js that only requires
 * the real module). Objects named `callbacks` without any widget callback (plugin options) are ignored.
 */
function findCallbacks(indexes: readonly ScriptIndex[], required: readonly string[]): CallbacksObject | null {
  const ordered = [...indexes].sort((a, b) => Number(b.path === SCRIPT_ENTRY) - Number(a.path === SCRIPT_ENTRY));
  for (const index of ordered) {
    const candidates = callbacksObjects(index).filter((object) => requiredCount(object, required) > 0);
    if (candidates.length === 0) continue;
    const best = candidates.reduce((a, b) => (requiredCount(b, required) > requiredCount(a, required) ? b : a));
    for (const other of candidates) {
      if (other === best) continue;
      for (const [name, value] of other.members) if (!best.members.has(name)) best.members.set(name, value);
    }
    return best;
  }
  return null;
}

/**
 * An object literal holding two or more of the callbacks as functions but not named `callbacks`:
 * `return { render: ..., init: ... }` from define() or from the constructor. Said by name, since
 * "no callbacks object" would send the author looking for something they believe they wrote.
 */
function bareCallbacks(
  indexes: readonly ScriptIndex[],
  required: readonly string[],
): { index: ScriptIndex; node: AnyNode; names: string[] } | null {
  const ordered = [...indexes].sort((a, b) => Number(b.path === SCRIPT_ENTRY) - Number(a.path === SCRIPT_ENTRY));
  for (const index of ordered) {
    for (const object of index.nodesOfType('ObjectExpression')) {
      const members = objectMembers(object);
      const names = required.filter((name) => {
        const value = members.get(name);
        return value !== undefined && isFunctionNode(unwrapChain(value));
      });
      if (names.length >= 2) return { index, node: object, names };
    }
  }
  return null;
}

const RETURNS_UNDEFINED: LocalizedMessage = { en: 'returns undefined', ru: 'возвращает undefined' };

type Resolved = FunctionNode | 'not-a-function' | 'unknown';

/** The function a callback value stands for: inline, by name, `self.fn`, `fn.bind(this)`, `_.bind(fn, this)`, `$.proxy(fn, this)`. */
function resolveFunction(index: ScriptIndex, value: AnyNode, depth = 0): Resolved {
  const node = unwrapChain(value);
  if (isFunctionNode(node)) return node;
  if (depth > MAX_FOLLOW) return 'unknown';
  if (node.type === 'Literal' || node.type === 'ObjectExpression' || node.type === 'ArrayExpression' || node.type === 'TemplateLiteral') {
    return 'not-a-function';
  }
  const firstFunction = (candidates: readonly AnyNode[]): Resolved => {
    for (const candidate of candidates) {
      if (candidate === value) continue;
      const resolved = resolveFunction(index, candidate, depth + 1);
      if (resolved !== 'unknown' && resolved !== 'not-a-function') return resolved;
    }
    return 'unknown';
  };
  if (node.type === 'Identifier') {
    const declaration = index.nodesOfType('FunctionDeclaration').find((fn) => fn.id?.name === node.name);
    return declaration ?? firstFunction(valuesOfVariable(index, node.name));
  }
  if (node.type === 'MemberExpression') {
    const name = memberPropertyName(node);
    return name === null ? 'unknown' : firstFunction(valuesOfMember(index, name));
  }
  if (node.type === 'CallExpression') {
    const method = calledMethodName(node);
    const callee = unwrapChain(node.callee);
    if (method !== 'bind' && method !== 'proxy') return 'unknown';
    const bound = method === 'bind' && callee.type === 'MemberExpression' ? resolveFunction(index, callee.object, depth + 1) : 'unknown';
    if (typeof bound !== 'string') return bound;
    const first = argumentAt(node, 0);
    if (first) return resolveFunction(index, first, depth + 1);
  }
  return 'unknown';
}

interface ReturnProblem {
  node: AnyNode;
  line: number;
  /** What the function does wrong; the Russian reads after "функция" ("функция ничего не возвращает"). */
  what: LocalizedMessage;
}

function describe(index: ScriptIndex, node: AnyNode): string {
  const text = index.text.slice(node.start, node.end);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Why a returned value may not be `true`; null when it is true or cannot be known without running the code. */
function valueProblem(index: ScriptIndex, value: AnyNode | null | undefined, seen: Set<AnyNode>, depth: number): LocalizedMessage | null {
  if (!value) return { en: 'returns nothing', ru: 'ничего не возвращает' };
  const node = unwrapChain(value);
  if (isTrueLiteral(node)) return null;
  switch (node.type) {
    case 'Literal':
    case 'ObjectExpression':
    case 'ArrayExpression':
    case 'TemplateLiteral':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return { en: `returns ${describe(index, node)}`, ru: `возвращает ${describe(index, node)}` };
    case 'Identifier':
      return node.name === 'undefined' ? RETURNS_UNDEFINED : null;
    case 'UnaryExpression':
      return node.operator === 'void' ? RETURNS_UNDEFINED : null;
    case 'SequenceExpression':
      return valueProblem(index, node.expressions[node.expressions.length - 1], seen, depth);
    case 'ConditionalExpression':
      return valueProblem(index, node.consequent, seen, depth) ?? valueProblem(index, node.alternate, seen, depth);
    case 'CallExpression': {
      const target = resolveFunction(index, node.callee);
      if (target === 'unknown' || target === 'not-a-function' || seen.has(target) || depth >= MAX_FOLLOW) return null;
      const problems = returnProblems(index, target, seen, depth + 1);
      if (problems.length === 0) return null;
      const called = describe(index, node);
      return { en: `returns ${called}, which ${problems[0].what.en}`, ru: `возвращает ${called}, а вызванная функция ${problems[0].what.ru}` };
    }
    default:
      return null;
  }
}

/** Every way `fn` can return something other than `true`. */
function returnProblems(index: ScriptIndex, fn: FunctionNode, seen = new Set<AnyNode>(), depth = 0): ReturnProblem[] {
  seen.add(fn);
  const at = (node: AnyNode, what: LocalizedMessage): ReturnProblem => ({ node, line: positionOf(node).line, what });
  if (fn.async) return [at(fn, { en: 'is async, so it returns a Promise, not true', ru: 'асинхронная, поэтому возвращает Promise, а не true' })];
  if (fn.generator) {
    return [at(fn, { en: 'is a generator, so it returns an iterator, not true', ru: 'является генератором, поэтому возвращает итератор, а не true' })];
  }
  if (fn.body.type !== 'BlockStatement') {
    const problem = valueProblem(index, fn.body, seen, depth);
    return problem ? [at(fn.body, problem)] : [];
  }
  const problems: ReturnProblem[] = [];
  let returnsTrue = false;
  const deliberateFalse = new Set<ReturnProblem>();
  for (const statement of index.nodesOfType('ReturnStatement')) {
    if (statement.start < fn.body.start || statement.end > fn.body.end) continue;
    if (index.ancestorsOf(statement).find(isFunctionNode) !== fn) continue;
    if (isTrueLiteral(statement.argument)) returnsTrue = true;
    const problem = valueProblem(index, statement.argument, seen, depth);
    if (!problem) continue;
    const found = at(statement, problem);
    problems.push(found);
    if (isFalseLiteral(statement.argument)) deliberateFalse.add(found);
  }
  // `if (area !== 'lcard') return false; ... return true;` stays out of an area on purpose (the platform
  // then skips init and bind_actions there): a choice written out, not a forgotten return.
  if (returnsTrue) {
    for (const problem of deliberateFalse) problems.splice(problems.indexOf(problem), 1);
  }
  if (canCompleteNormally(index, fn.body)) {
    const end = nodePosition(fn.body, 'end');
    problems.push({
      node: fn.body,
      line: end?.line ?? positionOf(fn).line,
      what: { en: 'can reach its end without returning (it returns undefined)', ru: 'может дойти до конца без return (и вернуть undefined)' },
    });
  }
  return problems;
}

export const callbacksRule = defineRule({
  id: 'code/callbacks',
  defaultSeverity: 'warning',
  summary: 'script.js defines the render, init and bind_actions callbacks, and each returns true.',
  summaryRu: 'script.js определяет колбэки render, init и bind_actions, и каждый из них возвращает true.',
  docs:
    'The platform builds the widget from the `callbacks` object in script.js and calls render, init and bind_actions ' +
    'in turn; each must return true, and if render does not, init and bind_actions never run. The rule finds the ' +
    'callbacks object (`this.callbacks = {...}`, `self.callbacks = ...`, a `callbacks:` property, a class field, or ' +
    '`this.callbacks.render = ...`; in script.js first, then in your other files), checks that the three callbacks ' +
    'exist and are functions, and follows each function\'s returns: `return true` passes; `return false` with no ' +
    '`return true` anywhere in the function, `return;`, an async function, or an end reached without a return is ' +
    'reported with its line. A `return false` beside a `return true` (`if (area !== \'lcard\') return false;`) is ' +
    'a deliberate way to stay out of an area (the platform then skips init and bind_actions there) and is not ' +
    'reported. A return of something it ' +
    'cannot know without running the code (a variable, an unknown call) is given the benefit of the doubt; a call ' +
    'to a function in the same file (`return self.renderCard()`) is followed. Callbacks written straight into a ' +
    'returned object (`return { render: ..., init: ... }`) are never called by the platform, which reads ' +
    '`callbacks`; the finding then points at that object.',
  sources: [
    SOURCES.facts('script.js callbacks: "render, init and bind_actions must return true"', 'https://developers.kommo.com/docs/script-js'),
    SOURCES.kommoManifest('widget/init_once: "When the widget is initialized, the render(), init() and bind_actions() functions are called"'),
  ],
  check(context, report) {
    const indexes = ownScriptIndexes(context);
    const required = context.profile.requiredCallbacks;
    const entry = indexes.find((index) => index.path === SCRIPT_ENTRY);
    // No script.js, or one that does not parse: package/required-file and code/js-syntax say so.
    if (!entry) return;
    const callbacks = findCallbacks(indexes, required);
    const list = required.join(', ');
    const stubs = required.map((name) => `${name}: ...`).join(', ');
    if (!callbacks) {
      const bare = bareCallbacks(indexes, required);
      if (bare) {
        const { line, column } = positionOf(bare.node);
        report({
          file: bare.index.path,
          line,
          column,
          message: {
            en: `Defines ${bare.names.join(', ')} on an object of their own, not under "callbacks"`,
            ru: `Определяет ${bare.names.join(', ')} в отдельном объекте, а не в "callbacks"`,
          },
          help: {
            en:
              "The platform calls the widget's callbacks.render, callbacks.init and callbacks.bind_actions, so as written " +
              'they are never called. Put them in this.callbacks = {...} inside the function define() returns ' +
              `(var CustomWidget = function () { var self = this; this.callbacks = { ${stubs} }; return this; }); ` +
              `see ${context.profile.links.scriptJs}.`,
            ru:
              'Платформа вызывает callbacks.render, callbacks.init и callbacks.bind_actions виджета, поэтому в таком виде ' +
              'они никогда не вызываются. Поместите их в this.callbacks = {...} внутри функции, которую возвращает define() ' +
              `(var CustomWidget = function () { var self = this; this.callbacks = { ${stubs} }; return this; }); ` +
              `см. ${context.profile.links.scriptJs}.`,
          },
        });
        return;
      }
      report({
        file: SCRIPT_ENTRY,
        message: {
          en: "Could not find the widget's callbacks object in script.js or your other files",
          ru: 'Не найден объект callbacks виджета ни в script.js, ни в других ваших файлах',
        },
        help: {
          en: `The platform calls ${list} and each must return true: this.callbacks = { ${stubs} }; see ${context.profile.links.scriptJs}.`,
          ru: `Платформа вызывает ${list}, и каждый из них должен вернуть true: this.callbacks = { ${stubs} }; см. ${context.profile.links.scriptJs}.`,
        },
      });
      return;
    }
    const file = callbacks.index.path;
    for (const name of required) {
      const value = callbacks.members.get(name);
      const consequence =
        name === required[0]
          ? {
              en: `if ${name} does not return true, ${required.slice(1).join(' and ')} never run`,
              ru: `если ${name} не вернёт true, ${required.slice(1).join(' и ')} не будут вызваны`,
            }
          : { en: `the platform expects ${list} to return true`, ru: `платформа ожидает, что ${list} вернут true` };
      if (!value) {
        report({
          file,
          ...positionOf(callbacks.node),
          message: { en: `The widget's callbacks object has no ${name}`, ru: `В объекте callbacks виджета нет ${name}` },
          help: {
            en: `Add ${name}: function () { return true; } (${consequence.en}).`,
            ru: `Добавьте ${name}: function () { return true; } (${consequence.ru}).`,
          },
        });
        continue;
      }
      const fn = resolveFunction(callbacks.index, value);
      if (fn === 'not-a-function') {
        report({
          file,
          ...positionOf(value),
          message: { en: `callbacks.${name} is not a function`, ru: `callbacks.${name} — не функция` },
          help: { en: `The platform calls it (${consequence.en}).`, ru: `Платформа её вызывает (${consequence.ru}).` },
        });
        continue;
      }
      if (fn === 'unknown') continue;
      const problems = returnProblems(callbacks.index, fn);
      if (problems.length === 0) continue;
      const first = problems[0];
      const details = problems.map((problem) => `line ${problem.line} ${problem.what.en}`).join('; ');
      const detailsRu = problems.map((problem) => `строка ${problem.line}: функция ${problem.what.ru}`).join('; ');
      report({
        file,
        line: first.line,
        column: first.node === fn.body ? null : positionOf(first.node).column,
        message: { en: `callbacks.${name} may not return true: ${details}`, ru: `callbacks.${name} может не вернуть true: ${detailsRu}` },
        help: {
          en: `End every path with \`return true;\` (${consequence.en}).`,
          ru: `Завершайте каждую ветку \`return true;\` (${consequence.ru}).`,
        },
      });
    }
  },
});
