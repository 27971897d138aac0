import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliBundle, REPO_ROOT } from '../../helpers/build-cli';
import { INIT_FLAGS, tempFolder } from './cli-harness';

/** Its own build, so it never writes the files another test is running. */
const BINARY = join(REPO_ROOT, 'dist/test-lean/index.js');
const CACHE = join(tmpdir(), 'widget-publisher-test-cache');

/**
 * Loaded before the CLI: when the process exits, writes the node_modules packages it loaded (CommonJS
 * modules, which sharp and tesseract.js are, land in require.cache even when imported) to a file.
 */
const LOADED_HOOK = `data:text/javascript,${encodeURIComponent(
  "import { createRequire } from 'node:module'; import { writeFileSync } from 'node:fs'; const require = createRequire(process.execPath); " +
    "process.on('exit', () => writeFileSync(process.env.LOADED_FILE, Object.keys(require.cache).join('\\n')));",
)}`;

/** The CLI program requires sharp (its CommonJS build) and its native binding (@img/sharp-<platform>): both land in require.cache. */
const isImageLibrary = (name: string) => name === 'sharp' || name.startsWith('@img/sharp');
const isRecogniser = (name: string) => name.startsWith('tesseract.js');

describe('what a run of the built CLI loads', { timeout: 300_000 }, () => {
  let work: Awaited<ReturnType<typeof tempFolder>>;

  beforeAll(async () => {
    work = await tempFolder('wp-lean-');
    await buildCliBundle(BINARY);
    const made = spawnSync(process.execPath, [BINARY, 'init', 'deals', ...INIT_FLAGS], { cwd: work.path, encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`init failed: ${made.stderr}`);
  });
  afterAll(async () => work.remove());

  async function loadedBy(args: string[]): Promise<{ code: number | null; packages: string[] }> {
    const file = join(work.path, 'loaded.txt');
    const result = spawnSync(process.execPath, ['--import', LOADED_HOOK, BINARY, ...args], {
      cwd: work.path,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: CACHE, LOADED_FILE: file },
      timeout: 240_000,
    });
    // Code only: reading a package's package.json (for its version) does not load the package.
    const loaded = (await readFile(file, 'utf8')).split('\n').filter((path) => !path.endsWith('.json'));
    const packages = new Set(loaded.map((path) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(path)?.[1]).filter((name): name is string => name !== undefined));
    return { code: result.status, packages: [...packages] };
  }

  it('a repeated check of a clean widget loads neither the image library nor the text recogniser', async () => {
    // The first check reads the words in the slides (and so needs both); the cache serves the next one.
    const first = await loadedBy(['check', 'deals']);
    expect(first.code).toBe(0);
    const again = await loadedBy(['check', 'deals']);
    expect(again.code).toBe(0);
    expect(again.packages.filter(isImageLibrary)).toEqual([]);
    expect(again.packages.filter(isRecogniser)).toEqual([]);
    expect((await loadedBy(['--version'])).packages).toEqual([]);
  });

  it('still decodes with the image library what it cannot vouch for itself: a JPEG logo', async () => {
    await writeFile(join(work.path, 'deals/images/logo.png'), await sharp({ create: { width: 130, height: 100, channels: 3, background: '#3366cc' } }).jpeg().toBuffer());
    const checked = await loadedBy(['check', 'deals', '--no-ocr']);
    expect(checked.packages.filter(isImageLibrary)).not.toEqual([]);
    expect(checked.packages.filter(isRecogniser)).toEqual([]);
  });
});
