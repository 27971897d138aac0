import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../../shared/check/check-widget';
import { junkFileRule } from '../../../../shared/rules/package/junk-file';
import { snapshotFromFiles, validSnapshot, validWidgetFiles, type FixtureFiles } from '../../../helpers/widget-fixture';
import { findingsOf } from './package-fixture';
import { said } from '../../../helpers/finding-text';

function widgetWith(extra: FixtureFiles, kind: 'zip' | 'folder') {
  return snapshotFromFiles({ ...validWidgetFiles(), ...extra }, { kind });
}

describe('package/junk-file', () => {
  it('passes a clean widget, as a folder and as a zip', () => {
    expect(findingsOf(junkFileRule, validSnapshot())).toEqual([]);
    expect(findingsOf(junkFileRule, snapshotFromFiles(validWidgetFiles(), { kind: 'zip' }))).toEqual([]);
  });

  it('does not take ordinary files for junk (vendor libraries, .min.js, templates, images)', () => {
    const snapshot = widgetWith(
      {
        'vendor/jquery.min.js': '/*! jQuery */',
        'templates/settings.twig': '<div></div>',
        'images/env.png': new Uint8Array(10),
        'lib/logger.js': 'define([], function () { return {}; });',
        'css/map.css': '.a{}',
      },
      'zip',
    );
    expect(findingsOf(junkFileRule, snapshot)).toEqual([]);
  });

  it('takes folders and files named like members of every JavaScript object (constructor, __proto__) for ordinary ones', () => {
    const snapshot = widgetWith(
      { 'constructor/index.js': 'x', '__proto__/a.js': 'x', 'js/toString/hasOwnProperty': 'x', 'valueOf': 'x', 'node_modules/x/constructor.js': 'x' },
      'zip',
    );
    expect(findingsOf(junkFileRule, snapshot).map((finding) => [finding.ruleId, finding.file])).toEqual([['package/junk-file', 'node_modules']]);
  });

  it('reports junk files inside a zip as errors', () => {
    const findings = findingsOf(
      junkFileRule,
      widgetWith({ '.DS_Store': 'x', 'images/Thumbs.db': 'x', 'script.js.map': '{}', 'debug.log': 'x', '.env': 'KEY=1', 'old.zip': 'PK' }, 'zip'),
    );
    expect(findings.map((finding) => finding.file).sort()).toEqual(['.DS_Store', '.env', 'debug.log', 'images/Thumbs.db', 'old.zip', 'script.js.map']);
    expect(findings.every((finding) => finding.severity === 'error')).toBe(true);
    expect(findings.find((finding) => finding.file === '.env')?.message).toContain('secrets');
    expect(findings[0].actions).toEqual([{ kind: 'pack-zip' }]);
  });

  it('makes widget-publisher.json an error wherever it would ship: in a zip, or below the root of a folder', () => {
    const config = JSON.stringify({ moderation: { testData: 'login demo / password demo' } });
    const inZip = findingsOf(junkFileRule, widgetWith({ 'widget-publisher.json': config }, 'zip'));
    expect(inZip.map((finding) => [finding.file, finding.severity])).toEqual([['widget-publisher.json', 'error']]);
    expect(said(inZip[0])).toContain('test credentials');
    const nested = findingsOf(junkFileRule, widgetWith({ 'old/widget-publisher.json': config }, 'folder'));
    expect(nested.map((finding) => [finding.file, finding.severity])).toEqual([['old/widget-publisher.json', 'error']]);
  });

  it('reports a junk folder once, not once per file inside it', () => {
    const findings = findingsOf(
      junkFileRule,
      widgetWith(
        {
          '.git/HEAD': 'ref: refs/heads/main',
          '.git/objects/ab/cdef': 'x',
          '.git/config': 'x',
          '__MACOSX/._script.js': 'x',
          '__MACOSX/images/._logo.png': 'x',
          'node_modules/lodash/lodash.js': 'x',
          'node_modules/lodash/package.json': '{}',
        },
        'zip',
      ),
    );
    expect(findings.map((finding) => finding.file).sort()).toEqual(['.git', '__MACOSX', 'node_modules']);
    const git = findings.find((finding) => finding.file === '.git');
    expect(git?.message).toContain('the folder ".git/"');
    expect(git?.message).toContain('3 files');
  });

  it('reports a junk folder nested deeper at that folder', () => {
    const findings = findingsOf(junkFileRule, widgetWith({ 'lib/node_modules/a/index.js': 'x', 'lib/node_modules/b/index.js': 'x' }, 'zip'));
    expect(findings).toHaveLength(1);
    expect(findings[0].file).toBe('lib/node_modules');
  });

  it('only warns in a folder, saying that pack leaves the file out', () => {
    const findings = findingsOf(junkFileRule, widgetWith({ '.DS_Store': 'x', '.git/HEAD': 'x' }, 'folder'));
    expect(findings).toHaveLength(2);
    for (const finding of findings) {
      expect(finding.severity).toBe('warning');
      expect(said(finding)).toContain('Widget Publisher leaves it out of widget.zip');
      expect(finding.actions?.map((action) => action.kind)).toEqual(['delete-file', 'ignore-file']);
    }
    // A junk folder is left out (or deleted) as a folder: the path the ignore list and the delete need ends with "/".
    expect(findings.find((finding) => finding.file === '.git')?.actions).toEqual([
      { kind: 'delete-file', path: '.git/' },
      { kind: 'ignore-file', path: '.git/' },
    ]);
  });

  it('stays quiet in a folder about files the config already ignores', () => {
    const snapshot = widgetWith({ '.git/HEAD': 'x', 'notes.log': 'x', 'src/app.js.map': '{}' }, 'folder');
    const report = checkWidget(snapshot, { rules: [junkFileRule], config: { ignore: ['.git', '*.log'] } });
    expect(report.findings.map((finding) => finding.file)).toEqual(['src/app.js.map']);
  });

  it('still reports ignored globs inside a zip, since the zip already holds them', () => {
    const snapshot = widgetWith({ 'notes.log': 'x' }, 'zip');
    const report = checkWidget(snapshot, { rules: [junkFileRule], config: { ignore: ['*.log'] } });
    expect(report.findings).toHaveLength(1);
  });

  it('reports a folder the reader listed without walking it once, without a made-up file count', () => {
    const snapshot = snapshotFromFiles({ ...validWidgetFiles(), 'node_modules/': new Uint8Array(0) }, { kind: 'folder' });
    const findings = findingsOf(junkFileRule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'node_modules', severity: 'warning' });
    expect(findings[0].message).toContain('installed npm dependencies)');
    expect(findings[0].message).not.toMatch(/\d+ files?/);
  });
});
