import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../../shared/check/check-widget';
import { unusedFileRule } from '../../../../shared/rules/package/unused-file';
import { snapshotFromFiles, validSnapshot, validWidgetFiles, VALID_SCRIPT, type FixtureFiles } from '../../../helpers/widget-fixture';
import { findingsOf } from './package-fixture';

function widgetWith(extra: FixtureFiles) {
  return snapshotFromFiles({ ...validWidgetFiles(), ...extra });
}

function reported(extra: FixtureFiles): Record<string, string> {
  return Object.fromEntries(findingsOf(unusedFileRule, widgetWith(extra)).map((finding) => [finding.file, finding.severity]));
}

/** A widget script that loads its parts the ways real widgets do. */
const LOADING_SCRIPT = `define(['jquery', './js/helpers/logger', 'text!./templates/rows.twig'], function ($, logger) {
  return function () {
    var self = this;
    this.getTemplate = function (name, callback) {
      return self.render({ href: '/templates/' + name + '.twig', base_path: self.params.path, load: callback });
    };
    this.callbacks = {
      render: function () {
        $('head').append('<link rel="stylesheet" href="' + self.params.path + '/css/main.css">');
        self.getTemplate('settings_modal', function () {});
        $('.x').append('<img src="' + self.params.path + '/images/slide_' + 2 + '.png">');
        $('.x').append('<iframe src="' + self.params.path + '/pages/frame.html"></iframe>');
        return true;
      },
      init: function () { return true; },
      bind_actions: function () { return true; },
    };
    return this;
  };
});
`;

describe('package/unused-file', () => {
  it('passes the valid widget: manifest, locale files, script, branding and tour images, the stylesheet it loads', () => {
    expect(findingsOf(unusedFileRule, validSnapshot())).toEqual([]);
  });

  it('follows define() paths, templates rendered by name, CSS url(), stylesheets and names completed at run time', () => {
    const findings = reported({
      'script.js': LOADING_SCRIPT,
      'js/helpers/logger.js': "define(['./format'], function (format) { return format; });",
      'js/helpers/format.js': 'define([], function () { return {}; });',
      'templates/rows.twig': '<div class="acme-deals__rows"></div>',
      'templates/settings_modal.twig': '{% include "settings_row.twig" %}',
      'templates/settings_row.twig': '<div></div>',
      'css/main.css': ".acme-deals { background: url('../images/bg.svg'); } @font-face { src: url(../fonts/inter.woff2); }",
      'images/bg.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'fonts/inter.woff2': new Uint8Array(10),
      'images/slide_1.png': new Uint8Array(10),
      'images/slide_2.png': new Uint8Array(10),
      'pages/frame.html': '<html></html>',
    });
    expect(findings).toEqual({ 'style.css': 'warning' });
  });

  it('reports files nothing refers to, with the kind of file, as warnings', () => {
    const findings = findingsOf(
      unusedFileRule,
      widgetWith({
        'images/logo_mian.png': new Uint8Array(10),
        'templates/old_popup.twig': '<div></div>',
        'js/unused.js': 'define([], function () {});',
        'preview.html': '<html></html>',
      }),
    );
    expect(findings.map((finding) => [finding.file, finding.severity, finding.message])).toEqual([
      ['images/logo_mian.png', 'warning', 'Image "images/logo_mian.png" is not used: nothing in the widget refers to it.'],
      ['js/unused.js', 'warning', 'Script "js/unused.js" is not used: nothing in the widget refers to it.'],
      ['preview.html', 'warning', 'Standalone HTML page "preview.html" is not used: nothing in the widget refers to it.'],
      ['templates/old_popup.twig', 'warning', 'Template "templates/old_popup.twig" is not used: nothing in the widget refers to it.'],
    ]);
    const first = findings[0];
    expect(first.actions).toEqual([
      { kind: 'ignore-file', path: 'images/logo_mian.png' },
      { kind: 'delete-file', path: 'images/logo_mian.png' },
    ]);
    expect(first.help?.en).toContain('checklist');
    expect(first.messageRu).toBe('Изображение "images/logo_mian.png" не используется: ничто в виджете на него не ссылается.');
  });

  it('reports a tour slide the manifest no longer lists', () => {
    const files = validWidgetFiles();
    files['images/tour_2_ru.png'] = new Uint8Array(10);
    expect(Object.keys(Object.fromEntries(findingsOf(unusedFileRule, snapshotFromFiles(files)).map((f) => [f.file, 1])))).toEqual(['images/tour_2_ru.png']);
  });

  it('makes server scripts and backups errors even when code names them, and never-loaded files warnings', () => {
    const script = VALID_SCRIPT.replace('return this;\n  };\n\n  return', "this.endpoint = 'widget.php';\n    return this;\n  };\n\n  return");
    expect(
      reported({
        'script.js': script,
        'widget.php': '<?php echo 1;',
        'deploy.sh': 'scp -r . server:',
        'script.js.bak': VALID_SCRIPT,
        'style copy.css': '.a{}',
        'README.md': '# Widget',
        'LICENSE': 'MIT',
        'package.json': '{}',
        'yarn.lock': '',
        'gulpfile.js': '',
        'webpack.config.js': '',
        'tsconfig.json': '{}',
        'style.scss': '.a{}',
      }),
    ).toEqual({
      'widget.php': 'error',
      'deploy.sh': 'error',
      'script.js.bak': 'error',
      'style copy.css': 'error',
      'README.md': 'warning',
      LICENSE: 'warning',
      'package.json': 'warning',
      'yarn.lock': 'warning',
      'gulpfile.js': 'warning',
      'webpack.config.js': 'warning',
      'tsconfig.json': 'warning',
      'style.scss': 'warning',
    });
  });

  it('reports a folder whose every file is unused once, and keeps a folder with a used file per file', () => {
    const findings = findingsOf(
      unusedFileRule,
      widgetWith({
        'screenshots/one.png': new Uint8Array(10),
        'screenshots/two.png': new Uint8Array(10),
        'screenshots/three.png': new Uint8Array(10),
        'src/index.ts': 'export {}',
        'src/helpers/a.ts': 'export {}',
      }),
    );
    expect(findings.map((finding) => [finding.file, finding.message])).toEqual([
      ['screenshots', 'The folder "screenshots/" is not used: nothing in the widget refers to its 3 files (images).'],
      ['src', 'The folder "src/" ships 2 files (source files of the build) the CRM never runs or shows.'],
    ]);
    expect(findings[0].actions).toEqual([
      { kind: 'ignore-file', path: 'screenshots/' },
      { kind: 'delete-file', path: 'screenshots' },
    ]);
  });

  it('leaves junk to package/junk-file and files the config leaves out of the zip alone', () => {
    const snapshot = widgetWith({ '.DS_Store': 'x', 'node_modules/a/index.js': '', 'script.js.map': '{}', 'notes.txt~': 'x', 'docs/spec.md': '#' });
    expect(findingsOf(unusedFileRule, snapshot).map((finding) => finding.file)).toEqual(['docs/spec.md']);
    const report = checkWidget(snapshot, { rules: [unusedFileRule], config: { ignore: ['docs/'] } });
    expect(report.findings).toEqual([]);
    // In a zip the file ships all the same.
    const zipped = snapshotFromFiles({ ...validWidgetFiles(), 'docs/spec.md': '#' }, { kind: 'zip' });
    expect(checkWidget(zipped, { rules: [unusedFileRule], config: { ignore: ['docs/'] } }).findings.map((finding) => finding.file)).toEqual(['docs/spec.md']);
  });

  it('stays silent when the entry script is missing: what it loads cannot be known', () => {
    const files = validWidgetFiles();
    delete files['script.js'];
    files['templates/a.twig'] = '<div></div>';
    expect(findingsOf(unusedFileRule, snapshotFromFiles(files))).toEqual([]);
  });
});
