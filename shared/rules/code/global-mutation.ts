import { capitalize } from '../../text/capitalize';
import type { AnyNode } from 'acorn';
import { argumentAt, assignmentTargets, memberPropertyName, positionOf, unwrapChain } from '../../code/ast-query';
import { globalPathIn, isShadowed } from '../../code/scope';
import type { ScriptIndex } from '../../code/script-index';
import { ownScriptIndexes } from '../../code/script-index';
import { defineRule, SOURCES } from '../rule';

const GLOBAL_OBJECT_NAMES = new Set(['window', 'globalThis']);

/** Calls that change their first argument. */
const MUTATING_CALLS = new Set([
  'Object.assign',
  'Object.defineProperty',
  'Object.defineProperties',
  'Object.setPrototypeOf',
  'Reflect.set',
  'Reflect.defineProperty',
  'Reflect.deleteProperty',
  'Reflect.setPrototypeOf',
]);

/**
 * The platform global a written-to expression belongs to: `AMOCRM.data.x`, `window.APP.y`,
 * `AMOCRM.constant('account').id` (what the call returns is the platform's own object) all give
 * the global's name; a local variable or parameter of that name gives null.
 */
function mutatedGlobal(index: ScriptIndex, target: AnyNode, globals: ReadonlySet<string>): string | null {
  let current = unwrapChain(target);
  let firstStep: string | null = null;
  for (;;) {
    if (current.type === 'MemberExpression') {
      firstStep = memberPropertyName(current);
      current = unwrapChain(current.object);
    } else if (current.type === 'CallExpression') {
      firstStep = null;
      current = unwrapChain(current.callee);
    } else break;
  }
  if (current.type !== 'Identifier') return null;
  // A top-level `var APP` in a classic script is window.APP itself, so it does not count as a local here.
  if (isShadowed(index, current, current.name, { topLevelShadows: false })) return null;
  const name = GLOBAL_OBJECT_NAMES.has(current.name) ? firstStep : current.name;
  return name !== null && globals.has(name) ? name : null;
}

function describe(index: ScriptIndex, node: AnyNode): string {
  const text = index.text.slice(node.start, node.end).replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

interface Mutation {
  node: AnyNode;
  global: string;
  what: string;
  /** The Russian clause, read before "глобальный объект платформы X". */
  whatRu: string;
}

function mutations(index: ScriptIndex, globals: ReadonlySet<string>): Mutation[] {
  const found: Mutation[] = [];
  const check = (node: AnyNode, target: AnyNode, verb: string, verbRu: string): void => {
    const global = mutatedGlobal(index, target, globals);
    if (global) {
      const written = describe(index, target);
      found.push({ node, global, what: `${verb} ${written}, which changes`, whatRu: `${verbRu} ${written} и этим меняет` });
    }
  };
  for (const assignment of index.nodesOfType('AssignmentExpression')) {
    for (const target of assignmentTargets(assignment.left)) check(assignment, target, 'assigns to', 'присваивает значение');
  }
  for (const update of index.nodesOfType('UpdateExpression')) check(update, update.argument, 'changes', 'изменяет');
  for (const unary of index.nodesOfType('UnaryExpression')) {
    if (unary.operator === 'delete') check(unary, unary.argument, 'deletes', 'удаляет');
  }
  for (const type of ['ForInStatement', 'ForOfStatement'] as const) {
    for (const loop of index.nodesOfType(type)) {
      if (loop.left.type === 'VariableDeclaration') continue;
      for (const target of assignmentTargets(loop.left)) check(loop, target, 'assigns to', 'присваивает значение');
    }
  }
  for (const call of index.nodesOfType('CallExpression')) {
    const path = globalPathIn(index, call.callee, MUTATING_CALLS);
    const target = argumentAt(call, 0);
    if (path && target) {
      check(call, target, `changes (with ${path.join('.')})`, `изменяет (через ${path.join('.')})`);
    }
  }
  // In a classic script a top-level declaration replaces the global object of that name.
  if (index.sourceType === 'script') {
    for (const statement of index.ast.body) {
      if (statement.type === 'VariableDeclaration') {
        for (const declarator of statement.declarations) {
          const name = declarator.id.type === 'Identifier' ? declarator.id.name : null;
          if (name && globals.has(name) && (declarator.init || statement.kind !== 'var')) {
            found.push({
              node: declarator,
              global: name,
              what: `declares a top-level ${statement.kind} ${name}, which replaces`,
              whatRu: `объявляет на верхнем уровне ${statement.kind} ${name} и этим заменяет`,
            });
          }
        }
      } else if ((statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') && statement.id && globals.has(statement.id.name)) {
        found.push({
          node: statement,
          global: statement.id.name,
          what: `declares a top-level ${statement.id.name}, which replaces`,
          whatRu: `объявляет на верхнем уровне ${statement.id.name} и этим заменяет`,
        });
      }
    }
  }
  return found.sort((a, b) => a.node.start - b.node.start);
}

export const globalMutationRule = defineRule({
  id: 'code/global-mutation',
  defaultSeverity: 'error',
  summary: 'The widget never assigns to or deletes from the platform globals (AMOCRM, APP, Kommo).',
  summaryRu: 'Виджет никогда не присваивает значения глобальным объектам платформы (AMOCRM, APP, Kommo) и ничего из них не удаляет.',
  docs:
    'The checklist says "The integration does not affect the data in the global variable AMOCRM" (Kommo: "Kommo"). ' +
    'Other widgets and the CRM itself read these objects, so a change breaks them. The rule reports assignments ' +
    '(`AMOCRM.data.current_card.x = 1`, `window.APP = ...`, destructuring targets), `++`/`--`, `delete`, ' +
    'Object.assign/defineProperty/Reflect.set on them, changes to what their methods return ' +
    '(`AMOCRM.constant(\'account\').id = 1`), and a top-level `var APP = ...` in a classic script (which replaces ' +
    'window.APP). Reading is fine. A local variable or parameter with the same name (`var APP = {}` inside your ' +
    'define() function) is yours and is not reported. Fix: keep your data in your own widget object.',
  sources: [
    SOURCES.amocrmChecklist('Development: "The integration does not affect the data in the global variable AMOCRM"'),
    SOURCES.kommoChecklist('Development: "The integration does not affect the data in the global variable Kommo"'),
  ],
  check(context, report) {
    const globals = new Set(context.profile.protectedGlobals);
    for (const index of ownScriptIndexes(context)) {
      for (const mutation of mutations(index, globals)) {
        const { line, column } = positionOf(mutation.node);
        report({
          file: index.path,
          line,
          column,
          message: {
            en: `${capitalize(mutation.what)} the platform's global ${mutation.global}`,
            ru: `${capitalize(mutation.whatRu)} глобальный объект платформы ${mutation.global}`,
          },
          help: {
            en: `The checklist forbids changing it (the CRM and other widgets rely on it). Read from ${mutation.global} only and keep your own data in your widget object.`,
            ru: `Чек-лист запрещает его менять (на него опираются CRM и другие виджеты). Только читайте из ${mutation.global}, а свои данные храните в объекте виджета.`,
          },
        });
      }
    }
  },
});
