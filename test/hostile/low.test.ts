import { chmod, chown, lstat, mkdir, readdir, readFile, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { fixWidgetFolder } from '../../electron/services/widget-fixer';
import { writeWidgetZip } from '../../electron/services/widget-packer';
import { readWidget } from '../../electron/services/widget-reader';
import { pngOf } from '../electron/services/widget-on-disk';
import { findingsOf, tempFolder, widgetFolder, useHostileCli } from './hostile-cli';

const isRoot = process.getuid?.() === 0;
const MB = 1024 * 1024;

const cli = useHostileCli();

async function sparseFile(path: string, bytes: number): Promise<void> {
  await writeFile(path, '');
  await truncate(path, bytes);
}

describe('13. big files are read again at pack time only if they are still the listed file', () => {
  it('a big binary swapped for a link to a secret after the check is refused, and no zip is written', async () => {
    const folder = await widgetFolder();
    await sparseFile(join(folder, 'video.bin'), 6 * MB);
    const { snapshot } = await readWidget(folder);
    expect(snapshot.files.find((file) => file.path === 'video.bin')?.bytes).toBeNull();
    const secret = join(await tempFolder(), 'passwd');
    await sparseFile(secret, 6 * MB);
    await rm(join(folder, 'video.bin'));
    await symlink(secret, join(folder, 'video.bin'));
    const out = join(folder, '..', 'widget.zip');
    await expect(writeWidgetZip(snapshot, out)).rejects.toThrow(/video\.bin changed while the widget was being packed/);
    expect(await stat(out).catch(() => null)).toBeNull();
  });
});

describe('14. folders get the same size caps as zips', () => {
  it('a file over the one-file limit is a finding and is not packed', async () => {
    const folder = await widgetFolder();
    await sparseFile(join(folder, 'huge.bin'), 60 * MB);
    const check = cli().run(folder, ['check', '.']);
    expect(findingsOf(check.stdout, 'package/unsafe-entry').join('\n')).toMatch(/huge\.bin" is larger than Widget Publisher reads.*60\.0 MB, over the 50\.0 MB limit/);
    const pack = cli().run(folder, ['pack', '.', '-o', '-', '--force']);
    expect(Object.keys((await JSZip.loadAsync(pack.stdoutBytes)).files)).not.toContain('huge.bin');
  });

  it('files adding up past the total limit are findings, not an out-of-memory crash', async () => {
    const folder = await widgetFolder();
    for (let index = 0; index < 5; index += 1) await sparseFile(join(folder, `part${index}.bin`), 45 * MB);
    const check = cli().run(folder, ['check', '.'], { heapMb: 256 });
    expect(check.code).toBe(1);
    expect(findingsOf(check.stdout, 'package/unsafe-entry').join('\n')).toMatch(/add up to more than 200\.0 MB/);
  });
});

describe('15. write errors name the file the user asked for', () => {
  it('pack -o below a file names the archive path, never the hidden temp file', async () => {
    const folder = await widgetFolder();
    const outside = await tempFolder();
    await writeFile(join(outside, 'notes.txt'), 'x');
    const result = cli().run(outside, ['pack', folder, '-o', 'notes.txt/widget.zip', '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('notes.txt/widget.zip');
    expect(result.stderr).not.toMatch(/\.tmp/);
  });
});

describe('16. images, slides and init write all their files or none', () => {
  it('a logo that cannot be written leaves no other logo and no temp file behind', async () => {
    const work = await tempFolder();
    await writeFile(join(work, 'logo.png'), await pngOf(400, 400));
    await mkdir(join(work, 'out', 'logo_small.png'), { recursive: true });
    const result = cli().run(work, ['images', 'logo.png', '--out', 'out']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/logo_small\.png is a folder/);
    expect(await readdir(join(work, 'out'))).toEqual(['logo_small.png']);
  });
});

describe('17. a partial fix says what was already rewritten', () => {
  it('lists the files fixed before the failure', async () => {
    const folder = await widgetFolder({ 'a.js': 'a\r\n', 'b.js': 'b\r\n', 'c.js': 'c\r\n' });
    const { snapshot } = await readWidget(folder);
    await rm(join(folder, 'b.js'));
    await symlink(join(folder, 'a.js'), join(folder, 'b.js'));
    const error = (await fixWidgetFolder(folder, snapshot).then(
      () => null,
      (caught: unknown) => caught,
    )) as Error;
    expect(error.message).toMatch(/b\.js is a symbolic link.*It was left as it was\. These files were fixed before it: a\.js, c\.js\./);
    expect(await readFile(join(folder, 'c.js'), 'utf8')).toBe('c\n');
  });
});

describe('18. fix and slides keep owner and mode and refuse links', () => {
  it('fix keeps the mode (and, as root, the owner) of a rewritten file', async () => {
    const folder = await widgetFolder({ 'a.js': 'a\r\n' });
    await chmod(join(folder, 'a.js'), 0o640);
    if (isRoot) await chown(join(folder, 'a.js'), 1234, 1234);
    const result = cli().run(folder, ['fix', '.']);
    expect(result.code).toBe(0);
    const after = await stat(join(folder, 'a.js'));
    expect(after.mode & 0o777).toBe(0o640);
    if (isRoot) expect([after.uid, after.gid]).toEqual([1234, 1234]);
    expect(await readFile(join(folder, 'a.js'), 'utf8')).toBe('a\n');
  });

  it('slides --update-manifest refuses a linked manifest.json and leaves the link', async () => {
    const folder = await widgetFolder();
    const real = join(await tempFolder(), 'manifest.json');
    await writeFile(real, await readFile(join(folder, 'manifest.json')));
    await rm(join(folder, 'manifest.json'));
    await symlink(real, join(folder, 'manifest.json'));
    await writeFile(join(folder, '..', 'shot.png'), await pngOf(1188, 616));
    const result = cli().run(folder, ['slides', '../shot.png', '--locale', 'en', '--update-manifest', '.']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/manifest\.json is a symbolic link/);
    expect((await lstat(join(folder, 'manifest.json'))).isSymbolicLink()).toBe(true);
  });
});

describe('19-21. configuration and encoding mistakes are said once, plainly', () => {
  it('19. a misspelt rule id stops with exit 2 naming the nearest one', async () => {
    const folder = await widgetFolder({ 'widget-publisher.json': { rules: { 'image/dimension': 'off' } } });
    const result = cli().run(folder, ['check', '.']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/"rules" names "image\/dimension", which is not a rule; did you mean "image\/dimensions"\? The rule ids are listed/);
  });

  it('20. ignoring everything says the config leaves manifest.json out, and pack writes no empty zip', async () => {
    const folder = await widgetFolder({ 'widget-publisher.json': { ignore: ['**'] } });
    const check = cli().run(folder, ['check', '.']);
    expect(findingsOf(check.stdout, 'package/manifest-missing').join('\n')).toMatch(/left out by the "ignore" setting/);
    const pack = cli().run(folder, ['pack', '.', '--force']);
    expect(pack.code).toBe(2);
    expect(pack.stderr).toMatch(/nothing to pack/);
    expect(await stat(join(folder, '..', 'widget.zip')).catch(() => null)).toBeNull();
  });

  it('21. a UTF-16 manifest is one encoding error, not hundreds of syntax errors', async () => {
    const folder = await widgetFolder();
    const text = await readFile(join(folder, 'manifest.json'), 'utf8');
    await writeFile(join(folder, 'manifest.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const result = cli().run(folder, ['check', '.']);
    expect(findingsOf(result.stdout, 'file/encoding').filter((line) => line.includes('manifest.json'))).toHaveLength(1);
    expect(findingsOf(result.stdout, 'manifest/json-syntax')).toEqual([]);
    expect(findingsOf(result.stdout, 'manifest/schema')).toEqual([]);
  });
});

describe('22. an SVG the image library refuses is image/corrupt', () => {
  it('reports a broken SVG and a billion-laughs SVG', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">' +
      '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">' +
      '<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&h;</text></svg>';
    const folder = await widgetFolder({ 'images/broken.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect', 'images/laughs.svg': laughs });
    const result = cli().run(folder, ['check', '.'], { heapMb: 256, timeoutMs: 30_000 });
    const corrupt = findingsOf(result.stdout, 'image/corrupt').join('\n');
    expect(corrupt).toMatch(/images\/broken\.svg cannot be read as an image: the SVG cannot be read/);
    expect(corrupt).toMatch(/images\/laughs\.svg cannot be read as an image/);
  });
});

describe('23. clear one-line errors instead of misleading ones', () => {
  it('pack -o <the widget folder> suggests a path next to it, not inside', async () => {
    const folder = await widgetFolder();
    const result = cli().run(folder, ['pack', '.', '-o', '.', '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is inside the widget folder/);
    expect(result.stderr).toContain(`e.g. ${join(folder, '..', 'widget.zip')}`);
  });

  it('init <file>/sub names the file in the way', async () => {
    const work = await tempFolder();
    await writeFile(join(work, 'initfile'), 'x');
    const result = cli().run(work, ['init', 'initfile/sub', '--yes']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/initfile is a file/);
    expect(result.stderr).not.toMatch(/initfile\/sub is a file/);
  });

  it('images --out <file> says the output is a file, not "EEXIST"', async () => {
    const work = await tempFolder();
    await writeFile(join(work, 'logo.png'), await pngOf(400, 400));
    await writeFile(join(work, 'taken'), 'x');
    const result = cli().run(work, ['images', 'logo.png', '--out', 'taken']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/taken is a file, not a folder/);
    expect(result.stderr).not.toMatch(/EEXIST|Unexpected/);
  });
});

describe('25. decode failures keep their reason whatever runs beside them', () => {
  it('every truncated image of a widget read at once says it is cut short', async () => {
    const png = await pngOf(400, 272);
    const files: Record<string, Uint8Array> = {};
    for (let index = 0; index < 12; index += 1) files[`images/cut${index}.png`] = png.subarray(0, Math.floor(png.length * (0.3 + index / 40)));
    const folder = await widgetFolder(files);
    for (let round = 0; round < 3; round += 1) {
      const { images } = (await readWidget(folder)).snapshot;
      for (const path of Object.keys(files)) expect(images[path].error, path).toMatch(/^the file is cut short or damaged/);
    }
  });
});

