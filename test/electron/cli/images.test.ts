import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImages } from '../../../electron/cli/commands/images';
import { roundLogo } from '../services/image-studio/test-images';
import { captureContext, runImageCommand } from './images-harness';

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'wp-images-cli-'));
  await writeFile(join(cwd, 'logo.png'), await roundLogo(800));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('widget-publisher images', () => {
  it('makes an images/ folder from one PNG and prints file, size, bytes and encoding', async () => {
    const run = await runImageCommand(cwd, ['images', 'logo.png']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const written = (await readdir(join(cwd, 'images'))).sort();
    expect(written).toEqual(['logo.png', 'logo_main.png', 'logo_medium.png', 'logo_min.png', 'logo_small.png']);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^file\s+size\s+bytes\s+encoding$/);
    expect(lines[1]).toMatch(/^logo_main\.png\s+400x272\s+[\d,]+\s+png$/);
    expect(lines[2]).toMatch(/^logo_medium\.png\s+240x84\s+[\d,]+\s+png$/);
    expect(run.stdout).toContain('Wrote 5 logos to images.');
    const main = await sharp(join(cwd, 'images', 'logo_main.png')).metadata();
    expect([main.width, main.height]).toEqual([400, 272]);
  });

  it('takes every option of the issue syntax', async () => {
    await writeFile(join(cwd, 'banner.png'), await sharp({ create: { width: 900, height: 300, channels: 3, background: '#223344' } }).png().toBuffer());
    const run = await runImageCommand(cwd, [
      'images',
      'logo.png',
      '--out',
      'my-widget/images',
      '--fit',
      'contain',
      '--position',
      'attention',
      '--background',
      '#FFFFFF',
      '--padding',
      '10',
      '--wide',
      'banner.png',
      '--small',
      'logo.png',
      '--dp',
    ]);
    expect(run.code).toBe(0);
    expect((await readdir(join(cwd, 'my-widget/images'))).sort()).toContain('logo_dp.png');
    const dp = await sharp(join(cwd, 'my-widget/images/logo_dp.png')).metadata();
    expect([dp.width, dp.height, dp.hasAlpha]).toEqual([174, 109, false]);
    expect(run.stdout).toMatch(/logo_dp\.png\s+174x109/);
  });

  it('exits 2 naming the file when the source is not an image, and writes nothing', async () => {
    await writeFile(join(cwd, 'readme.png'), 'not a picture');
    const run = await runImageCommand(cwd, ['images', 'readme.png', '--out', 'w/images']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'widget-publisher: readme.png: not an image that can be read. Use a PNG, JPEG, WebP, GIF, SVG or TIFF file (a renamed file of another kind does not work).\n' +
        'See "widget-publisher images --help" for usage.\n',
    );
    await expect(stat(join(cwd, 'w'))).rejects.toThrow();
  });

  it('writes no logo at all when only the --wide source is broken', async () => {
    await writeFile(join(cwd, 'wide.png'), (await roundLogo(300)).subarray(0, 200));
    const run = await runImageCommand(cwd, ['images', 'logo.png', '--wide', 'wide.png']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^widget-publisher: wide\.png: the image is damaged or cut short/);
    await expect(stat(join(cwd, 'images'))).rejects.toThrow();
  });

  it('names a missing source', async () => {
    const run = await runImageCommand(cwd, ['images', 'no-such-logo.svg']);
    expect([run.code, run.stderr]).toEqual([
      2,
      'widget-publisher: no-such-logo.svg: no such file. Check the path of the image.\nSee "widget-publisher images --help" for usage.\n',
    ]);
  });

  it('refuses bad option values with exit 2 and what to give', async () => {
    const padding = await runImageCommand(cwd, ['images', 'logo.png', '--padding', '55']);
    expect(padding.code).toBe(2);
    expect(padding.stderr).toMatch(/--padding.*expected a percentage from 0 to 40/);
    const background = await runImageCommand(cwd, ['images', 'logo.png', '--background', 'white']);
    expect(background.code).toBe(2);
    expect(background.stderr).toMatch(/'#RRGGBB'/);
    const fit = await runImageCommand(cwd, ['images', 'logo.png', '--fit', 'stretch']);
    expect(fit.code).toBe(2);
    expect(fit.stderr).toMatch(/Allowed choices are contain, cover/);
    await expect(stat(join(cwd, 'images'))).rejects.toThrow();
  });

  it('prints warnings to stderr and still succeeds for a small bitmap', async () => {
    await writeFile(join(cwd, 'tiny.png'), await roundLogo(60));
    const { cli, stdout, stderr } = captureContext(cwd);
    const code = await runImages('tiny.png', {}, cli);
    expect(code).toBe(0);
    expect(stdout()).toContain('logo_main.png');
    expect(stderr()).toMatch(/^warning: logo_main\.png: tiny\.png is 60 x 60, so it was enlarged 3\.8x/m);
  });
});
