import { describe, expect, it } from 'vitest';
import { createRuleContext, type RuleContext } from '../../../shared/check/rule-context';
import { platformProfile } from '../../../shared/platform/profiles';
import { referenceGraph, refersTo, type ReferenceGraph } from '../../../shared/widget/reference-graph';
import { snapshotFromFiles, validWidgetFiles, type FixtureFiles } from '../../helpers/widget-fixture';

/** The graph by its definition: every used text tried against every path not yet used, in order. */
function graphTryingEveryPath(context: RuleContext): ReferenceGraph {
  const paths = context.snapshot.files.map((file) => file.path).filter((path) => !path.endsWith('/'));
  const used = new Map<string, string | null>();
  const queue: string[] = [];
  const use = (path: string, by: string | null): void => {
    if (used.has(path) || !context.file(path)) return;
    used.set(path, by);
    if (/\.(?:m?js|css|twig|tpl|html?|json|svg|xml)$/i.test(path)) queue.push(path);
  };
  const folder = context.profile.images.folder.replace(/\/?$/, '/');
  for (const root of ['manifest.json', ...[...context.i18n.values()].map((file) => file.path), 'script.js', ...context.profile.images.branding.map((spec) => `${folder}${spec.file}`)]) {
    use(root, null);
  }
  while (queue.length > 0) {
    const reader = queue.shift() as string;
    const text = context.text(reader) ?? '';
    for (const path of paths) if (!used.has(path) && refersTo(text, path)) use(path, reader);
  }
  return { used, unused: paths.filter((path) => !used.has(path)) };
}

/** Names that exercise every way a text can name a file, and files nothing names. */
function trickyWidget(): FixtureFiles {
  const files = validWidgetFiles();
  files['script.js'] = [
    "define(['jquery', './js/app', 'lib/jquery.min.js', './tpl/row'], function ($, app) {",
    "  var slide = 'images/slide_' + n + '.png'; var tour = `tour_${n}_${lang}`;",
    "  var page = 'pages/help.html'; var icon = \"icons/ok.svg\"; var readme = 'LICENSE';",
    '  $("<img>").attr("src", "images/" + name + "-x2.png"); require(["templates/card.twig"]);',
    '});',
  ].join('\n');
  files['js/app.js'] = "define(['./views/list', './views/list.helpers', '../data/α-values.json'], function () { return 'settings-panel'; });";
  files['js/views/list.js'] = "define(function () { return 'row-item ' + 'report_' + kind + '_' + n; });";
  files['js/views/list.helpers.js'] = "define(function () { return '$tpl' + `chart_${n}`; });";
  files['data/α-values.json'] = '{"next": "data/other.json"}';
  files['data/other.json'] = '{}';
  files['tpl/row.twig'] = '<div class="row">{{ include("partials/cell") }}</div>';
  files['partials/cell.twig'] = '<span>{{ value }}</span>';
  files['templates/card.twig'] = '<div style="background:url(../images/card-bg.png)"></div>';
  for (const name of ['card-bg', 'slide_1', 'slide_2', 'tour_3_en', 'report_a_1', 'chart_2', 'unused-picture']) files[`images/${name}.png`] = new Uint8Array(10);
  files['pages/help.html'] = '<a href="faq.html">faq</a>';
  files['pages/faq.html'] = '<p>faq</p>';
  files['lib/jquery.min.js'] = '/*! jQuery */ window.jQuery = 1;';
  files['icons/ok.svg'] = '<svg/>';
  files['LICENSE'] = 'MIT';
  files['.eslintrc'] = '{}';
  files['docs/notes.md'] = 'notes';
  files['js/views/settings-panel.js'] = "define(function () { return 'panel'; });";
  files['js/views/row-item.mjs'] = 'export const row = 1;';
  files['js/unused/list.js'] = 'nothing';
  files['js/unused/jquery.js'] = 'nothing';
  files['backup/script.js.bak'] = 'old';
  // A hundred modules in nested folders, each named by the one before it, so the graph grows one by one.
  for (let at = 0; at < 100; at += 1) {
    const next = at + 1 < 100 ? `'./mod/g${(at + 1) % 7}/m${at + 1}'` : "'nothing-here'";
    files[`mod/g${at % 7}/m${at}.js`] = `define([${next}], function () { return ${at}; });`;
  }
  files['js/app.js'] += "\nrequire(['./mod/g0/m0']);";
  return files;
}

describe('referenceGraph', () => {
  it('finds the same used files, in the same order and by the same file, as trying every path', () => {
    const context = createRuleContext(snapshotFromFiles(trickyWidget()), platformProfile('amocrm'), {});
    const graph = referenceGraph(context);
    const expected = graphTryingEveryPath(context);
    expect([...graph.used]).toEqual([...expected.used]);
    expect(graph.unused).toEqual(expected.unused);
    // The widget is no trivial case: most files are reached, some through long chains, and some are not.
    expect(graph.used.get('mod/g1/m99.js')).toBe('mod/g0/m98.js');
    expect(graph.used.get('images/slide_2.png')).toBe('script.js');
    expect(graph.used.has('images/chart_2.png')).toBe(true);
    expect(graph.unused).toEqual(expect.arrayContaining(['.eslintrc', 'docs/notes.md', 'images/unused-picture.png', 'backup/script.js.bak']));
  });

  it('gives the same graph when every file is used long before the last text is read', () => {
    const files = trickyWidget();
    for (const path of ['js/unused/list.js', 'js/unused/jquery.js', 'backup/script.js.bak', '.eslintrc', 'docs/notes.md', 'images/unused-picture.png', 'LICENSE']) delete files[path];
    for (const path of Object.keys(files)) if (!path.startsWith('mod/') && /\.(?:png|twig|svg)$/.test(path)) files['js/app.js'] += `\n// ${path}`;
    const context = createRuleContext(snapshotFromFiles(files), platformProfile('amocrm'), {});
    const graph = referenceGraph(context);
    const expected = graphTryingEveryPath(context);
    expect(graph.unused).toEqual([]);
    expect(expected.unused).toEqual([]);
    expect([...graph.used]).toEqual([...expected.used]);
  });
});
