/**
 * Texts the code already shows to the users of one language only, the way widgets translate without
 * i18n files: `{ ru: 'Сохранить', en: 'Save' }`, `lang === 'ru' ? 'Сохранить' : 'Save'`,
 * `if (lang === 'en') { ... } else { ... }`, `switch (lang) { case 'es': ... default: ... }`, `var TEXTS_EN = {...}`.
 */
import type { AnyNode } from 'acorn';
import { keyName, memberPropertyName } from '../../code/ast-query';
import type { ScriptIndex } from '../../code/script-index';
import type { LanguageCode } from '../text/language-detection';

/** How code names a language: 'ru', 'en-US', 'pt_BR', 'eng', 'spanish'. Not 'id' or 'tr': those are ids and table rows. */
const LOCALE_NAMES: ReadonlyArray<readonly [RegExp, LanguageCode]> = [
  [/^(?:ru(?:[-_][a-z]{2})?|rus|russian)$/i, 'ru'],
  [/^(?:en(?:[-_][a-z]{2})?|eng|english)$/i, 'en'],
  [/^(?:es(?:[-_][a-z]{2})?|spa|spanish)$/i, 'es'],
  [/^(?:pt(?:[-_][a-z]{2})?|por|portuguese)$/i, 'pt'],
];
const COMPARISONS = new Set(['===', '!==', '==', '!=']);

function languageOfName(name: string): LanguageCode | null {
  return LOCALE_NAMES.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

/** The language a literal or identifier names: `'ru'`, `en` in `{ en: ... }`. */
function namedLanguage(node: AnyNode | null | undefined): LanguageCode | null {
  if (node?.type === 'Literal') return typeof node.value === 'string' ? languageOfName(node.value) : null;
  if (node?.type === 'Identifier') return languageOfName(node.name);
  return null;
}

/** The language an identifier is tagged with: `TEXTS_EN`, `textsRu`, `isEnglish`, `es`. */
function taggedLanguage(name: string): LanguageCode | null {
  const parts = name.split(/[_$-]+|(?<=\p{Ll})(?=\p{Lu})/u).filter(Boolean);
  for (const part of parts) {
    const language = languageOfName(part);
    if (language) return language;
  }
  return null;
}

/** Whether an expression asks which language the user has: `lang === 'ru'`, `locale.indexOf('en')`, `isRussian`. */
export function testsLanguage(test: AnyNode): boolean {
  switch (test.type) {
    case 'BinaryExpression':
      return COMPARISONS.has(test.operator) && (namedLanguage(test.left) !== null || namedLanguage(test.right) !== null);
    case 'LogicalExpression':
      return testsLanguage(test.left) || testsLanguage(test.right);
    case 'UnaryExpression':
      return testsLanguage(test.argument);
    case 'CallExpression':
      return test.arguments.some((argument) => argument.type === 'Literal' && namedLanguage(argument) !== null);
    case 'Identifier':
      return taggedLanguage(test.name) !== null;
    case 'MemberExpression': {
      const name = memberPropertyName(test);
      return name !== null && taggedLanguage(name) !== null;
    }
    default:
      return false;
  }
}

/**
 * How the code picks `node` by language: `own` when it shows it to users of one of `languages` only, or
 * chooses by language where the other branch holds the translation (`otherIsTranslation` tells whether a
 * sibling is one); `other` when it files it under another language (`{ en: 'Guardar' }`: a translation
 * mistake, and a text meant for the screen); null when the code does not choose by language there.
 */
export function languageBranch(
  index: ScriptIndex,
  node: AnyNode,
  languages: readonly LanguageCode[],
  otherIsTranslation: (other: AnyNode) => boolean,
): 'own' | 'other' | null {
  const filed = (language: LanguageCode): 'own' | 'other' => (languages.includes(language) ? 'own' : 'other');
  let child: AnyNode = node;
  for (const parent of index.ancestorsOf(node)) {
    if (parent.type === 'Property' && parent.value === child) {
      const language = languageOfName(keyName(parent) ?? '');
      if (language) return filed(language);
    }
    if (parent.type === 'AssignmentExpression' && parent.right === child && parent.left.type === 'MemberExpression') {
      const language = languageOfName(memberPropertyName(parent.left) ?? '');
      if (language) return filed(language);
    }
    if (parent.type === 'VariableDeclarator' && parent.init === child && parent.id.type === 'Identifier') {
      const language = taggedLanguage(parent.id.name);
      if (language) return filed(language);
    }
    if (parent.type === 'ConditionalExpression' && parent.test !== child) {
      const other = parent.consequent === child ? parent.alternate : parent.consequent;
      if (testsLanguage(parent.test) || otherIsTranslation(other)) return 'own';
    }
    if (parent.type === 'IfStatement' && parent.test !== child && testsLanguage(parent.test)) return 'own';
    if (parent.type === 'SwitchCase' && parent.test !== child) {
      if (parent.test) {
        const language = namedLanguage(parent.test);
        if (language) return filed(language);
      } else {
        const owner = index.parentOf(parent);
        if (owner?.type === 'SwitchStatement' && owner.cases.some((other) => namedLanguage(other.test) !== null)) return 'own';
      }
    }
    child = parent;
  }
  return null;
}
