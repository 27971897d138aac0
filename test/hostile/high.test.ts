import { execFileSync } from 'node:child_process';
import { lstat, readFile, readlink, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { findingsOf, hasCommand, tempFolder, validWidgetFiles, widgetFolder, useHostileCli } from './hostile-cli';

const canMakeFifo = hasCommand('mkfifo');
const isRoot = process.getuid?.() === 0;

const cli = useHostileCli();

async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(files)) zip.file(path, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

function textFiles(): Record<string, string> {
  return Object.fromEntries(Object.entries(validWidgetFiles()).map(([path, content]) => [path, typeof content === 'string' || content instanceof Uint8Array ? (content as string) : JSON.stringify(content)]));
}

describe('1. output paths never replace special files or links', () => {
  it('pack -o and message -o refuse a symlink and leave it a link to the same file', async () => {
    const folder = await widgetFolder();
    const outside = await tempFolder();
    await writeFile(join(outside, 'precious.txt'), 'keep me');
    await symlink(join(outside, 'precious.txt'), join(outside, 'out.zip'));
    const result = cli().run(outside, ['pack', folder, '-o', 'out.zip', '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/out\.zip is a symbolic link/);
    const message = cli().run(outside, ['message', folder, '-o', 'out.zip']);
    expect(message.code).toBe(2);
    expect(message.stderr).toMatch(/out\.zip is a symbolic link/);
    expect(await readlink(join(outside, 'out.zip'))).toBe(join(outside, 'precious.txt'));
    expect(await readFile(join(outside, 'precious.txt'), 'utf8')).toBe('keep me');
  });

  it.runIf(canMakeFifo)('pack -o and message -o refuse a pipe and leave it a pipe', async () => {
    const folder = await widgetFolder();
    const outside = await tempFolder();
    execFileSync('mkfifo', [join(outside, 'pipe')]);
    const pack = cli().run(outside, ['pack', folder, '-o', 'pipe', '--force']);
    expect(pack.code).toBe(2);
    expect(pack.stderr).toMatch(/pipe is a pipe \(FIFO\)/);
    const message = cli().run(outside, ['message', folder, '-o', 'pipe']);
    expect(message.code).toBe(2);
    expect(message.stderr).toMatch(/pipe is a pipe \(FIFO\)/);
    expect((await lstat(join(outside, 'pipe'))).isFIFO()).toBe(true);
  });

  it.runIf(isRoot && hasCommand('mknod'))('pack -o refuses a device node (run as root, where a rename would replace it)', async () => {
    const folder = await widgetFolder();
    const outside = await tempFolder();
    execFileSync('mknod', [join(outside, 'null'), 'c', '1', '3']);
    const result = cli().run(outside, ['pack', folder, '-o', 'null', '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is a device/);
    expect((await lstat(join(outside, 'null'))).isCharacterDevice()).toBe(true);
  });

  it('pack -o - writes the archive to standard output and nothing to disk', async () => {
    const folder = await widgetFolder();
    const before = await readdir(join(folder, '..'));
    const result = cli().run(folder, ['pack', '.', '-o', '-', '--force']);
    expect(result.code).toBe(0);
    expect(result.stdoutBytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const zip = await JSZip.loadAsync(result.stdoutBytes);
    expect(Object.keys(zip.files)).toContain('manifest.json');
    expect(result.stderr).toMatch(/standard output/);
    expect(await readdir(join(folder, '..'))).toEqual(before);
  });
});

describe('2. the config and the edited manifest are read only as capped regular files', () => {
  it.runIf(canMakeFifo)('a widget-publisher.json that is a pipe stops at once with exit 2', async () => {
    const folder = await widgetFolder();
    execFileSync('mkfifo', [join(folder, 'widget-publisher.json')]);
    const result = cli().run(folder, ['check', '.'], { timeoutMs: 20_000 });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/widget-publisher\.json.* is a pipe \(FIFO\), not a regular file/);
  });

  it('a widget-publisher.json linked to /dev/zero stops with exit 2 and bounded memory', async () => {
    const folder = await widgetFolder();
    await symlink('/dev/zero', join(folder, 'widget-publisher.json'));
    const result = cli().run(folder, ['check', '.'], { heapMb: 256, timeoutMs: 20_000 });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is a symbolic link, not a regular file/);
  });

  it('24. a widget-publisher.json linked to a file outside the widget is refused without reading it', async () => {
    const folder = await widgetFolder();
    const outside = await tempFolder();
    await writeFile(join(outside, 'secrets.json'), JSON.stringify({ awsSecretKey: 'hunter2' }));
    await symlink(join(outside, 'secrets.json'), join(folder, 'widget-publisher.json'));
    const result = cli().run(folder, ['check', '.']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/symbolic link/);
    expect(result.stdout + result.stderr).not.toMatch(/awsSecretKey|hunter2/);
  });

  it('a widget-publisher.json over the 1 MB cap is refused', async () => {
    const folder = await widgetFolder({ 'widget-publisher.json': `{"ignore": [${'"x",'.repeat(400_000)}"y"]}` });
    const result = cli().run(folder, ['check', '.']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/over the 1\.0 MB limit/);
  });

  it.runIf(canMakeFifo)('images and slides name a pipe given as the source image as a pipe, not as an empty file', async () => {
    const work = await tempFolder();
    execFileSync('mkfifo', [join(work, 'logo.png')]);
    for (const args of [['images', 'logo.png', '--out', 'out'], ['slides', 'logo.png', '--locale', 'en', '--out', 'out']]) {
      const result = cli().run(work, args, { timeoutMs: 20_000 });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/logo\.png is a pipe \(FIFO\), not an image file/);
      expect(result.stderr).not.toMatch(/empty/);
    }
  });

  it.runIf(canMakeFifo)('slides --update-manifest refuses a manifest.json that is a pipe', async () => {
    const folder = await widgetFolder();
    const shot = join(folder, 'images', 'tour_1_en.png');
    await rm(join(folder, 'manifest.json'));
    execFileSync('mkfifo', [join(folder, 'manifest.json')]);
    const result = cli().run(folder, ['slides', shot, '--locale', 'en', '--update-manifest', '.'], { timeoutMs: 20_000 });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/manifest\.json is a pipe/);
  });
});

describe('3. parsing stays within the per-kind limits', () => {
  it('a 160 KB zip of 2.4 MB JSON files is checked in bounded memory, naming both files', async () => {
    const files = textFiles();
    const manifest = JSON.parse(files['manifest.json']) as Record<string, unknown>;
    const zip = await zipOf({
      ...files,
      'manifest.json': JSON.stringify({ ...manifest, pad: new Array(1_200_000).fill(0) }),
      'i18n/en.json': JSON.stringify({ pad: new Array(1_200_000).fill(0) }),
    });
    expect(zip.length).toBeLessThan(200_000);
    const work = await tempFolder();
    await writeFile(join(work, 'widget.zip'), zip);
    const result = cli().run(work, ['check', 'widget.zip'], { heapMb: 384 });
    expect(result.code).toBe(1);
    expect(findingsOf(result.stdout, 'file/parse-limit').join('\n')).toMatch(/manifest\.json was not checked: it is 2\.3 MB, over the 1\.0 MB limit/);
    expect(result.stdout).toMatch(/i18n\/en\.json was not checked/);
    expect(findingsOf(result.stdout, 'manifest/json-syntax')).toEqual([]);
  });

  it('a 4.6 MB stylesheet of tiny rules is named, not parsed', async () => {
    const folder = await widgetFolder({ 'style.css': 'a{b:c}'.repeat(800_000) });
    const result = cli().run(folder, ['check', '.'], { heapMb: 384 });
    expect(result.code).toBe(1);
    expect(findingsOf(result.stdout, 'file/parse-limit').join('\n')).toMatch(/style\.css was not checked: it is 4\.6 MB, over the 2\.0 MB limit/);
    expect(findingsOf(result.stdout, 'css/global-selector')).toEqual([]);
  });

  it('templates of 100,000 texts each: the first is read in bounded time, the ones past the total are named', async () => {
    // Each text once counted its line from the start of the file (a minute for 40,000), and every text of every template was kept (3.2 GB for 100).
    const template = '<b>Привет</b>\n'.repeat(95_000);
    const folder = await widgetFolder({ 'templates/a.twig': template, 'templates/b.twig': template, 'templates/c.twig': template });
    const result = cli().run(folder, ['check', '.', '--no-ocr'], { heapMb: 384 });
    expect(result.code).toBe(1);
    const limits = findingsOf(result.stdout, 'file/parse-limit').join('\n');
    expect(limits).toMatch(/templates\/c\.twig was not checked: it would bring the widget's templates to 5700000 bytes of template in all, over the 4194304/);
    expect(limits).not.toMatch(/a\.twig/);
    expect(findingsOf(result.stdout, 'code/untranslated-text').join('\n')).toMatch(/95000 Russian texts in the markup/);
  });

  it('stylesheets that only together pass the total: the later one is named, the first is still checked', async () => {
    const declarations = `.acme-deals{${'color:red;'.repeat(80_000)}}`;
    const folder = await widgetFolder({ 'a.css': `${declarations}\nbody{color:red}\n`, 'b.css': declarations });
    const result = cli().run(folder, ['check', '.', '--format', 'json']);
    const findings = (JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; file: string | null; message: string }> }).findings;
    const limits = findings.filter((finding) => finding.ruleId === 'file/parse-limit');
    expect(limits).toHaveLength(1);
    expect(limits[0].message).toMatch(/b\.css was not checked: it would bring the widget's stylesheets to \d+ rules/);
    expect(findings.filter((finding) => finding.ruleId === 'css/global-selector').map((finding) => finding.file)).toContain('a.css');
  });
});
