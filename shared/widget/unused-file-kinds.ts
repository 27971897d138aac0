import type { Severity } from '../model/finding';

/** What an unused file is, for the finding's message and severity. */
export interface UnusedKind {
  id: string;
  en: string;
  /** The English name for several of them, for a folder's finding. */
  plural: string;
  ru: string;
  /** Server code and backups leak logic, keys or old code to everyone who installs the widget: errors. */
  severity: Severity;
  /**
   * The CRM never runs or shows a file of this kind (a PHP script, a README, package.json, a .scss source), so it
   * is useless in widget.zip even when some code names it.
   */
  neverLoaded: boolean;
}

type KindTest = readonly [test: (path: string, name: string) => boolean, kind: UnusedKind];

const PLURALS: Record<string, string> = {
  'server-script': 'server or shell scripts',
  backup: 'backup copies',
  source: 'source files of the build',
  data: 'data files',
  tooling: 'build tooling files',
  docs: 'repository documents',
  page: 'standalone HTML pages',
};

const kind = (id: string, en: string, ru: string, severity: Severity = 'warning', neverLoaded = false): UnusedKind => ({
  id,
  en,
  plural: PLURALS[id] ?? `${en}s`,
  ru,
  severity,
  neverLoaded,
});

const SERVER = kind('server-script', 'server or shell script', 'серверный или командный скрипт', 'error', true);
const BACKUP = kind('backup', 'backup copy', 'резервная копия', 'error', true);
const DOCS = kind('docs', 'repository document', 'документ репозитория', 'warning', true);
const TOOLING = kind('tooling', 'build tooling file', 'файл инструментов сборки', 'warning', true);
const SOURCE_CODE = kind('source', 'source file of the build', 'исходник сборки', 'warning', true);
const SOURCE = kind('source', 'source file of the build', 'исходник сборки');
const PAGE = kind('page', 'standalone HTML page', 'отдельная HTML-страница');
const IMAGE = kind('image', 'image', 'изображение');
const SCRIPT = kind('script', 'script', 'скрипт');
const STYLESHEET = kind('stylesheet', 'stylesheet', 'таблица стилей');
const TEMPLATE = kind('template', 'template', 'шаблон');
const FONT = kind('font', 'font', 'шрифт');
const DATA = kind('data', 'data file', 'файл данных');
const OTHER = kind('other', 'file', 'файл');

const ext = (...extensions: string[]) => {
  const pattern = new RegExp(`\\.(?:${extensions.join('|')})$`, 'i');
  return (_path: string, name: string): boolean => pattern.test(name);
};

const TOOLING_NAMES = new Set([
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lockb',
  'composer.json',
  'composer.lock',
  'jsconfig.json',
  '.babelrc',
  '.editorconfig',
  '.browserslistrc',
  '.nvmrc',
  'makefile',
  'dockerfile',
  'docker-compose.yml',
  'docker-compose.yaml',
  '.travis.yml',
  '.gitlab-ci.yml',
]);
const TOOLING_PATTERN =
  /^(?:gulpfile|gruntfile|webpack\.[\w.-]*config|webpack\.config|vite\.config|rollup\.config|babel\.config|postcss\.config|tailwind\.config|eslint\.config|vue\.config|tsconfig[\w.-]*|\.eslintrc|\.prettierrc|\.stylelintrc)(?:\.[\w.-]+)?$/i;
const DOC_PATTERN = /^(?:readme|license|licence|changelog|changes|contributing|authors|copying|notice|history|todo)(?:\.[\w.-]+)?$/i;
const BACKUP_PATTERN = /\.(?:bak|orig|old|backup|save|rej)$|(?: - copy| copy|\(\d+\))\.[a-z0-9]+$/i;
const SOURCE_FOLDER = /^(?:src|source|sources|dev)\//i;

const ORDER: readonly KindTest[] = [
  [(_path, name) => BACKUP_PATTERN.test(name), BACKUP],
  [ext('php', 'phtml', 'py', 'rb', 'pl', 'cgi', 'sh', 'bat', 'cmd', 'ps1', 'asp', 'aspx', 'jsp', 'go', 'java'), SERVER],
  [(_path, name) => TOOLING_NAMES.has(name.toLowerCase()) || TOOLING_PATTERN.test(name), TOOLING],
  [(path) => path.startsWith('.github/'), TOOLING],
  [(_path, name) => DOC_PATTERN.test(name) || /\.(?:md|markdown|rst)$/i.test(name), DOCS],
  [ext('scss', 'sass', 'less', 'styl', 'ts', 'tsx', 'jsx', 'vue', 'svelte', 'coffee'), SOURCE_CODE],
  [(path) => SOURCE_FOLDER.test(path), SOURCE],
  [ext('html', 'htm'), PAGE],
  [ext('png', 'jpe?g', 'gif', 'webp', 'svg', 'bmp', 'ico', 'tiff?', 'avif', 'psd', 'ai', 'sketch', 'fig', 'xcf'), IMAGE],
  [ext('m?js', 'cjs'), SCRIPT],
  [ext('css'), STYLESHEET],
  [ext('twig', 'tpl', 'hbs', 'mustache', 'ejs'), TEMPLATE],
  [ext('woff2?', 'ttf', 'otf', 'eot'), FONT],
  [ext('json', 'xml', 'csv', 'ya?ml', 'txt'), DATA],
];

/** The kind of an unused file, from its name and folder. */
export function unusedKind(path: string): UnusedKind {
  const name = path.slice(path.lastIndexOf('/') + 1);
  for (const [test, found] of ORDER) if (test(path, name)) return found;
  return OTHER;
}
