import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFolder, initWidget, run, tempFolder } from './cli-harness';

describe('widget-publisher pack', () => {
  let work: Awaited<ReturnType<typeof tempFolder>>;
  let good: string;

  beforeAll(async () => {
    work = await tempFolder();
    good = await initWidget(work.path, 'good');
    await writeFile(join(good, '.DS_Store'), 'junk');
  });
  afterAll(async () => work.remove());

  async function brokenCopy(name: string): Promise<string> {
    const folder = join(work.path, name);
    await copyFolder(good, folder);
    const script = await readFile(join(folder, 'script.js'));
    await writeFile(join(folder, 'script.js'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), script]));
    return folder;
  }

  it('refuses with exit 1 and writes nothing when check finds errors', async () => {
    const folder = await brokenCopy('broken');
    const before = await readdir(work.path);
    const result = await run(work.path, ['pack', 'broken', '-o', 'out/widget.zip']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('file/bom');
    expect(result.stderr).toContain('Not packed: check found 1 error that moderation would reject. Fix it ("widget-publisher fix" removes the BOMs');
    expect(result.stderr).toContain('--force');
    expect(await readdir(work.path)).toEqual(before);
    expect(await readdir(folder)).not.toContain('widget.zip');
  });

  it('says the platform once: in the printed report, not again on stderr', async () => {
    const folder = await brokenCopy('no-config');
    await writeFile(join(folder, 'widget-publisher.json'), '{}\n');
    const result = await run(work.path, ['pack', 'no-config', '-o', 'out/widget.zip']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Platform: amoCRM \(detected: /);
    expect(`${result.stdout}${result.stderr}`.match(/Platform:/g)).toHaveLength(1);
  });

  it('packs anyway with --force and says moderation will reject it', async () => {
    await brokenCopy('forced');
    const result = await run(work.path, ['pack', 'forced', '--force', '-o', 'forced.zip']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Wrote forced\.zip \(\d+ files, /);
    expect(result.stderr).toContain('Packed despite 1 error (--force)');
    expect((await stat(join(work.path, 'forced.zip'))).size).toBeGreaterThan(1000);
  });

  it('writes widget.zip next to the folder with files at its root, leaving out junk and the config', async () => {
    const result = await run(work.path, ['pack', 'good']);
    expect(result.code).toBe(0);
    // The junk file is a warning: shown, but not a reason to refuse.
    expect(result.stdout).toContain('package/junk-file');
    const zip = await JSZip.loadAsync(await readFile(join(work.path, 'widget.zip')));
    const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
    expect(names).toContain('manifest.json');
    expect(names).toContain('images/logo_main.png');
    expect(names).not.toContain('.DS_Store');
    expect(names).not.toContain('widget-publisher.json');
  });

  it('--list shows the tree with sizes and writes nothing', async () => {
    const folder = join(work.path, 'listed');
    await copyFolder(good, folder);
    const before = await readdir(work.path);
    const result = await run(work.path, ['pack', 'listed', '--list', '-o', 'listed.zip']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^listed\.zip would hold 12 files \([\d.]+ KB before compression\):$/m);
    expect(result.stdout).toMatch(/^ {2}images\/$/m);
    expect(result.stdout).toMatch(/^ {4}logo_main\.png +[\d.]+ KB$/m);
    expect(result.stdout).toMatch(/^ {2}manifest\.json +\d+ B$/m);
    expect(result.stdout).toContain('.DS_Store  (macOS Finder metadata)');
    expect(result.stdout).toContain('widget-publisher.json  (Widget Publisher settings, never packed)');
    expect(await readdir(work.path)).toEqual(before);
  });

  it('exits 2 when given a zip or a missing folder', async () => {
    await run(work.path, ['pack', 'good', '-o', 'for-pack.zip']);
    const zip = await run(work.path, ['pack', 'for-pack.zip']);
    expect(zip.code).toBe(2);
    expect(zip.stderr).toContain('is not a folder');
    const missing = await run(work.path, ['pack', 'nowhere']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere');
  });

  it('refuses an output path inside the widget folder', async () => {
    const result = await run(work.path, ['pack', 'good', '-o', 'good/widget.zip']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('inside the widget folder');
    expect(await readdir(good)).not.toContain('widget.zip');
  });
});
