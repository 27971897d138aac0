import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../../shared/check/check-widget';
import { fileBomRule } from '../../../../shared/rules/file/bom';
import { snapshotFromFiles, validSnapshot, validWidgetFiles } from '../../../helpers/widget-fixture';
import { said } from '../../../helpers/finding-text';

const BOM = [0xef, 0xbb, 0xbf];
const withBom = (text: string) => new Uint8Array([...BOM, ...new TextEncoder().encode(text)]);
const run = (snapshot: ReturnType<typeof validSnapshot>) => checkWidget(snapshot, { rules: [fileBomRule] }).findings;

describe('file/bom', () => {
  it('reports a BOM in manifest.json, a stylesheet and a vendored library', () => {
    const findings = run(
      validSnapshot('amocrm', {
        'manifest.json': withBom(JSON.stringify(validWidgetFiles()['manifest.json'])),
        'style.css': withBom('.acme-deals { color: red; }\n'),
        'vendor/lib.min.js': withBom('var a=1;'),
      }),
    );
    expect(findings.map((finding) => finding.file)).toEqual(['manifest.json', 'style.css', 'vendor/lib.min.js']);
    expect(findings[0]).toMatchObject({ severity: 'error', line: 1, column: 1 });
    expect(findings[0].actions).toEqual([{ kind: 'fix-text-files' }]);
    expect(findings[0].message).toContain('BOM');
  });

  it('checks .twig, .md, .txt, .svg and .html files too', () => {
    const files = ['templates/card.twig', 'README.md', 'notes.txt', 'images/icon.svg', 'templates/page.html'];
    const findings = run(validSnapshot('amocrm', Object.fromEntries(files.map((path) => [path, withBom('x\n')]))));
    expect(findings.map((finding) => finding.file).sort()).toEqual([...files].sort());
  });

  it('tells a zip user to fix the source folder and pack again', () => {
    const snapshot = snapshotFromFiles({ 'script.js': withBom('define([], function () {});\n') }, { kind: 'zip' });
    expect(said(run(snapshot)[0])).toMatch(/folder this zip was made from/);
  });

  it('passes files without a BOM, binaries that happen to start with EF BB BF, and a BOM that is not at the start', () => {
    expect(run(validSnapshot('amocrm'))).toEqual([]);
    expect(run(validSnapshot('kommo'))).toEqual([]);
    expect(
      run(
        validSnapshot('amocrm', {
          'images/photo.png': new Uint8Array([...BOM, 0, 1, 2]),
          'notes.txt': new Uint8Array([0x61, ...BOM]),
        }),
      ),
    ).toEqual([]);
  });
});
