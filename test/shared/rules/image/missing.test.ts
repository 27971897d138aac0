import { describe, expect, it } from 'vitest';
import { imageMissingRule } from '../../../../shared/rules/image/missing';
import { snapshotFromFiles, validImageInfo, validManifest, validSnapshot, validWidgetFiles } from '../../../helpers/widget-fixture';
import { findingsOf } from './run-rule';
import { said } from '../../../helpers/finding-text';

function without(path: string, extra: Record<string, string | Uint8Array | object> = {}) {
  const files = { ...validWidgetFiles(), ...extra };
  delete files[path];
  return snapshotFromFiles(files, { images: validImageInfo() });
}

describe('image/missing', () => {
  it('passes a widget with every branding image, on both platforms', () => {
    expect(findingsOf(imageMissingRule, validSnapshot())).toEqual([]);
    expect(findingsOf(imageMissingRule, validSnapshot('kommo'), 'kommo')).toEqual([]);
  });

  it('names a missing logo, its size and the command that makes it', () => {
    const findings = findingsOf(imageMissingRule, without('images/logo_medium.png'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'image/missing', severity: 'error', file: 'images/logo_medium.png' });
    expect(findings[0].message).toMatch(/240x84 px PNG/);
    expect(findings[0].actions).toEqual([{ kind: 'make-logos', file: 'logo_medium.png' }]);
  });

  it('stays quiet when the widget sits in a subfolder and the root is not the widget', () => {
    const files: Record<string, string | Uint8Array | object> = { 'README.md': '# My widget\n' };
    for (const [path, content] of Object.entries(validWidgetFiles())) files[`widget/${path}`] = content;
    expect(findingsOf(imageMissingRule, snapshotFromFiles(files))).toEqual([]);
    // Without any manifest.json anywhere the root is still judged: the logos are missing there.
    expect(findingsOf(imageMissingRule, snapshotFromFiles({ 'script.js': 'define([], function () {});' })).length).toBeGreaterThan(0);
  });

  it('asks for logo_dp.png only when digital_pipeline is declared', () => {
    const manifest = validManifest();
    manifest.locations = ['ccard-1', 'digital_pipeline'];
    const withDp = snapshotFromFiles({ ...validWidgetFiles(), 'manifest.json': manifest }, { images: validImageInfo() });
    const findings = findingsOf(imageMissingRule, withDp);
    expect(findings.map((finding) => finding.file)).toEqual(['images/logo_dp.png']);
    expect(said(findings[0])).toMatch(/174x109[^]*digital_pipeline/);

    const withDpImage = snapshotFromFiles(
      { ...validWidgetFiles(), 'manifest.json': manifest, 'images/logo_dp.png': new Uint8Array(10) },
      { images: validImageInfo() },
    );
    expect(findingsOf(imageMissingRule, withDpImage)).toEqual([]);
  });

  it('points at a logo with the wrong letter case or in the wrong folder', () => {
    const wrongCase = findingsOf(imageMissingRule, without('images/logo_min.png', { 'images/Logo_Min.png': new Uint8Array(5) }));
    expect(said(wrongCase[0])).toMatch(/There is images\/Logo_Min\.png, but file names are case-sensitive/);
    const atRoot = findingsOf(imageMissingRule, without('images/logo.png', { 'logo.png': new Uint8Array(5) }));
    expect(said(atRoot[0])).toMatch(/There is logo\.png: branding images must be in images\//);
  });

  it('stays silent when nothing could be read (a refused zip)', () => {
    expect(findingsOf(imageMissingRule, snapshotFromFiles({}, { kind: 'zip' }))).toEqual([]);
  });
});
