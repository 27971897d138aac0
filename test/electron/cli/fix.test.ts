import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, tempFolder } from './cli-harness';

describe('widget-publisher fix', () => {
  let work: Awaited<ReturnType<typeof tempFolder>>;

  beforeAll(async () => {
    work = await tempFolder();
  });
  afterAll(async () => work.remove());

  it('removes BOMs and CRLF line endings from text files, says what it changed, and leaves images alone', async () => {
    const folder = join(work.path, 'w');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x0d, 0x0a]);
    await mkdir(join(folder, 'images'), { recursive: true });
    await writeFile(join(folder, 'manifest.json'), '\ufeff{\r\n  "widget": {}\r\n}\r\n');
    await writeFile(join(folder, 'script.js'), '\ufeffdefine([], function () {});\n');
    await writeFile(join(folder, 'style.css'), '.a {\n  color: red;\n}\n');
    await writeFile(join(folder, 'images/logo.png'), png);

    const result = await run(work.path, ['fix', 'w']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}manifest\.json +removed the BOM, 3 line endings CRLF → LF$/m);
    expect(result.stdout).toMatch(/^ {2}script\.js +removed the BOM$/m);
    expect(result.stdout).not.toContain('style.css');
    expect(result.stdout).toContain('Fixed 2 files in w.');
    expect(await readFile(join(folder, 'manifest.json'), 'utf8')).toBe('{\n  "widget": {}\n}\n');
    expect(await readFile(join(folder, 'images/logo.png'))).toEqual(png);

    const again = await run(work.path, ['fix', 'w']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('Nothing to fix: no text file has a BOM or CRLF line endings.\n');
  });

  it('exits 2 for a path that is not a folder', async () => {
    await writeFile(join(work.path, 'widget.zip'), 'not a zip');
    const result = await run(work.path, ['fix', 'widget.zip']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a folder');
  });
});
