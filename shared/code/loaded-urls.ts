import type { AnyNode } from 'acorn';
import { argumentAt, calledMethodName, memberChain, staticString, unwrapChain } from './ast-query';
import { createdElementAttributes } from './created-elements';
import { htmlSinks, tagAttributes } from './html-sinks';
import { propertyValue } from './resolve';
import type { ScriptIndex } from './script-index';

export interface LoadedUrl {
  node: AnyNode;
  /** The address as written, requirejs plugin prefix removed. */
  url: string;
  /** requirejs loader plugin (`css`, `text`), or null. */
  plugin: string | null;
  /** How it is loaded, for messages: `define() dependency`, `requirejs paths`, `$.getScript()`. */
  via: string;
}

const AMD_CALLS = new Set(['define', 'require', 'requirejs']);
/** How each AMD call loads, for messages: made once, not once a call. */
const AMD_VIA = new Map([...AMD_CALLS].map((name) => [name, `${name}() dependency`]));
const JQUERY_NAMES = new Set(['$', 'jQuery']);

function splitPlugin(dependency: string): { plugin: string | null; url: string } {
  const bang = dependency.indexOf('!');
  const plugin = bang > 0 ? dependency.slice(0, bang) : '';
  // `https://host/a!b` has no plugin: a plugin name holds no `/` or `:`.
  if (!plugin || plugin.includes('/') || plugin.includes(':')) return { plugin: null, url: dependency };
  return { plugin, url: dependency.slice(bang + 1) };
}

function fromStrings(node: AnyNode, values: Array<AnyNode | null | undefined>, via: string): LoadedUrl[] {
  const result: LoadedUrl[] = [];
  for (const value of values) {
    const text = staticString(value);
    if (text === null) continue;
    const { plugin, url } = splitPlugin(text.trim());
    result.push({ node: value ?? node, plugin, url, via });
  }
  return result;
}

/** `require.config({ paths: { lib: 'https://...' | ['https://...', 'local'] } })`. */
function configPaths(index: ScriptIndex, node: AnyNode, config: AnyNode | null): LoadedUrl[] {
  const paths = config ? propertyValue(config, 'paths') : undefined;
  if (!paths || paths.type !== 'ObjectExpression') return [];
  return paths.properties.flatMap((property) => {
    if (property.type !== 'Property') return [];
    const value = property.value;
    const values = value.type === 'ArrayExpression' ? value.elements : [value];
    return fromStrings(node, values, 'requirejs paths');
  });
}

/**
 * Every script (or requirejs resource) address the code asks the browser to load: define/require
 * dependency arrays, requirejs `paths`, `$.getScript`, `import()`, `<script src>` in HTML strings,
 * `$('<script>', { src })`, and `src` of elements made with createElement('script').
 * Relative paths and module names are returned too; the rules keep the remote ones.
 */
export function loadedUrls(index: ScriptIndex): LoadedUrl[] {
  return index.memo('loaded-urls', () => {
    const urls: LoadedUrl[] = [];
    for (const call of index.nodesOfType('CallExpression')) {
      const callee = unwrapChain(call.callee);
      if (callee.type === 'Identifier' && AMD_CALLS.has(callee.name)) {
        for (const argument of call.arguments) {
          if (argument.type === 'ArrayExpression') for (const url of fromStrings(call, argument.elements, AMD_VIA.get(callee.name) as string)) urls.push(url);
        }
        if (callee.name !== 'define') for (const url of fromStrings(call, [argumentAt(call, 0)], AMD_VIA.get(callee.name) as string)) urls.push(url);
        continue;
      }
      const method = calledMethodName(call);
      const chain = method === 'config' ? memberChain(callee) : null;
      if (chain?.root.type === 'Identifier' && AMD_CALLS.has(chain.root.name)) {
        for (const url of configPaths(index, call, argumentAt(call, 0))) urls.push(url);
      } else if (method === 'getScript') {
        for (const url of fromStrings(call, [argumentAt(call, 0)], '$.getScript()')) urls.push(url);
      } else if (callee.type === 'Identifier' && JQUERY_NAMES.has(callee.name)) {
        const tag = staticString(argumentAt(call, 0));
        const attributes = argumentAt(call, 1);
        if (tag !== null && tagAttributes(tag, 'script').length > 0 && attributes) {
          for (const url of fromStrings(call, [propertyValue(attributes, 'src')], `${callee.name}('<script>', { src })`)) urls.push(url);
        }
      }
    }
    for (const expression of index.nodesOfType('ImportExpression')) for (const url of fromStrings(expression, [expression.source], 'import()')) urls.push(url);
    for (const declaration of index.nodesOfType('ImportDeclaration')) for (const url of fromStrings(declaration, [declaration.source], 'import')) urls.push(url);
    for (const write of createdElementAttributes(index, 'script', 'src')) for (const url of fromStrings(write.node, [write.value], '<script> src')) urls.push(url);
    for (const sink of htmlSinks(index)) {
      for (const attributes of tagAttributes(sink.html, 'script')) {
        if (attributes.src) urls.push({ node: sink.node, url: attributes.src.trim(), plugin: null, via: `<script src> in ${sink.via}` });
      }
    }
    return urls.sort((a, b) => a.node.start - b.node.start);
  });
}
