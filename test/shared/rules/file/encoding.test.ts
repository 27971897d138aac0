import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../../shared/check/check-widget';
import { fileEncodingRule } from '../../../../shared/rules/file/encoding';
import { validSnapshot } from '../../../helpers/widget-fixture';
import { said } from '../../../helpers/finding-text';

const run = (snapshot: ReturnType<typeof validSnapshot>) => checkWidget(snapshot, { rules: [fileEncodingRule] }).findings;
const encode = (text: string) => new TextEncoder().encode(text);

describe('file/encoding', () => {
  it('reports the line and column of the first byte that is not UTF-8 (a Windows-1251 file)', () => {
    // "Привет" in Windows-1251 on line 3.
    const cp1251 = new Uint8Array([...encode('{\n  "a": "ok",\n  "b": "'), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, ...encode('"\n}\n')]);
    const findings = run(validSnapshot('amocrm', { 'i18n/ru.json': cp1251 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'i18n/ru.json', line: 3, column: 9, severity: 'error' });
    expect(findings[0].message).toContain('bytes CF F0 E8 E2');
    expect(said(findings[0])).toMatch(/save it as "UTF-8"/);
  });

  it('names UTF-16 files as such', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(encode('.a{}')).flatMap((byte) => [byte, 0])]);
    const findings = run(validSnapshot('amocrm', { 'style.css': utf16 }));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('UTF-16');
  });

  it('checks vendored files as well', () => {
    const findings = run(validSnapshot('amocrm', { 'vendor/old.js': new Uint8Array([0x2f, 0x2f, 0x20, 0xa9, 0x0a]) }));
    expect(findings.map((finding) => finding.file)).toEqual(['vendor/old.js']);
  });

  it('passes valid UTF-8 with every kind of character, a BOM (file/bom reports it) and binary images', () => {
    expect(run(validSnapshot('amocrm'))).toEqual([]);
    expect(run(validSnapshot('kommo'))).toEqual([]);
    const findings = run(
      validSnapshot('amocrm', {
        'notes.md': '# Заметки ñ ü 中文 👍🏽\n',
        'bom.txt': new Uint8Array([0xef, 0xbb, 0xbf, 0x61]),
        'images/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]),
      }),
    );
    expect(findings).toEqual([]);
  });
});
