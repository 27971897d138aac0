import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../../shared/check/check-widget';
import { fileCrlfRule } from '../../../../shared/rules/file/crlf';
import { validSnapshot, VALID_SCRIPT } from '../../../helpers/widget-fixture';

const run = (snapshot: ReturnType<typeof validSnapshot>) => checkWidget(snapshot, { rules: [fileCrlfRule] }).findings;

describe('file/crlf', () => {
  it('reports CRLF with the first line and how many lines have it', () => {
    const script = VALID_SCRIPT.split('\n');
    const mixed = `${script.slice(0, 3).join('\n')}\n${script.slice(3).join('\r\n')}`;
    const findings = run(validSnapshot('amocrm', { 'script.js': mixed }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'script.js', line: 4, severity: 'error' });
    expect(findings[0].message).toContain(`CRLF) on ${script.length - 4} lines`);
    expect(findings[0].message).toContain('first on line 4');
    expect(findings[0].actions).toEqual([{ kind: 'fix-text-files' }]);
  });

  it('counts a lone CR (old Mac line ending) too', () => {
    const findings = run(validSnapshot('amocrm', { 'style.css': '.acme-deals {\r  color: red;\r}\n' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 1 });
    expect(findings[0].message).toContain('lone CR) on 2 lines');
  });

  it('checks vendored libraries and i18n files', () => {
    const findings = run(
      validSnapshot('amocrm', {
        'vendor/chart.min.js': 'var a=1;\r\n',
        'i18n/en.json': '{\r\n  "widget": {}\r\n}\r\n',
      }),
    );
    expect(findings.map((finding) => finding.file)).toEqual(['i18n/en.json', 'vendor/chart.min.js']);
    expect(findings[1].message).toContain('on 1 line,');
  });

  it('passes LF files and ignores CR bytes inside images', () => {
    expect(run(validSnapshot('amocrm'))).toEqual([]);
    expect(run(validSnapshot('kommo'))).toEqual([]);
    expect(run(validSnapshot('amocrm', { 'images/photo.png': new Uint8Array([0x0d, 0x0a, 0x1a, 0x0a]) }))).toEqual([]);
  });
});
