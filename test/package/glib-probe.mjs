// The Linux app's sharp under Electron's conditions, without Electron: the packed app is extracted,
// the image studio is bundled into it (so `sharp` resolves to the packaged copy), and a Node process
// with the system GLib preloaded (as Electron's binary has it) and `process.versions.electron` set
// makes the full logo set and slides. Native libvips in that process prints GLib-GObject-CRITICAL and
// then crashes; the packaged WebAssembly build must print nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_ESM_BUNDLE } from '../../build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const GLIB_LIBRARIES = ['libglib-2.0.so.0', 'libgobject-2.0.so.0'];
const GLIB_COMPLAINT = /GLib|GObject|SharpElectronLinux|Segmentation/;

/** The system GLib, as the dynamic linker finds it (apt: libglib2.0-0). */
export function systemGlib() {
  let cache = '';
  try {
    cache = execFileSync('ldconfig', ['-p'], { encoding: 'utf8' });
  } catch {
    return null;
  }
  const paths = GLIB_LIBRARIES.map((name) => new RegExp(`^\\s*${name.replace(/\./g, '\\.')} \\(libc6,x86-64[^)]*\\) => (\\S+)$`, 'm').exec(cache)?.[1]);
  return paths.every(Boolean) ? paths : null;
}

const PROBE_SCRIPT = `
process.versions.electron = process.env.PROBE_ELECTRON_VERSION;
const warnings = [];
process.on('warning', (warning) => warnings.push(warning.code ?? warning.name));
const { default: sharp } = await import('sharp');
const { makeLogoSet, makeSlides } = await import('./image-studio.mjs');
const { platformProfile } = await import('./profiles.mjs');
const maxBytes = platformProfile('amocrm').images.maxBytes;
const logo = await sharp({ create: { width: 1200, height: 1200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
  .composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1200"><circle cx="600" cy="600" r="520" fill="#1e88e5"/><rect x="420" y="420" width="360" height="360" rx="60" fill="#fff"/></svg>') }])
  .png().toBuffer();
const shot = await sharp({ create: { width: 1600, height: 1000, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).png().toBuffer();
const outputs = [];
const logos = await makeLogoSet(logo, { dp: true });
outputs.push(...logos.files);
for (const locale of ['en', 'ru', 'es']) outputs.push(...(await makeSlides([shot, logo], locale)).files);
const measured = [];
for (const file of outputs) {
  const meta = await sharp(file.data).metadata();
  measured.push({ file: file.file, expected: [file.width, file.height], actual: [meta.width, meta.height], bytes: file.data.length });
}
console.log(JSON.stringify({ wasm: sharp.versions.emscripten !== undefined, warnings, measured, maxBytes }));
`;

/**
 * Runs the probe on an extracted app folder (app.asar contents with its unpacked files). Calls
 * `check(condition, what, detail)` for each finding and returns the probe's timing in ms.
 */
export async function runGlibProbe(appFolder, electronVersion, check) {
  const glib = systemGlib();
  check(glib !== null, 'the system GLib is there to preload', 'libglib-2.0.so.0 / libgobject-2.0.so.0 not found by ldconfig; install libglib2.0-0');
  if (!glib) return null;
  const probeFolder = join(appFolder, 'glib-probe');
  mkdirSync(probeFolder, { recursive: true });
  await build({
    entryPoints: {
      'image-studio': join(root, 'electron/services/image-studio/index.ts'),
      profiles: join(root, 'shared/platform/profiles.ts'),
    },
    outdir: probeFolder,
    outExtension: { '.js': '.mjs' },
    ...NODE_ESM_BUNDLE,
  });
  writeFileSync(join(probeFolder, 'probe.mjs'), PROBE_SCRIPT);
  check(existsSync(join(appFolder, 'node_modules', 'sharp')), 'the packaged sharp is there for the probe');
  const started = Date.now();
  const run = spawnSync(process.execPath, [join(probeFolder, 'probe.mjs')], {
    cwd: probeFolder,
    encoding: 'utf8',
    env: { ...process.env, LD_PRELOAD: glib.join(':'), PROBE_ELECTRON_VERSION: electronVersion, NODE_OPTIONS: '' },
    timeout: 300_000,
  });
  const elapsed = Date.now() - started;
  const output = `${run.stdout}\n${run.stderr}`;
  const complaints = output.split('\n').filter((line) => GLIB_COMPLAINT.test(line));
  check(run.status === 0, 'GLib probe: the packaged sharp made every image with the system GLib loaded', `exit ${run.status} ${run.signal ?? ''}\n${run.stderr.slice(0, 2000)}`);
  check(complaints.length === 0, 'GLib probe: zero GLib warnings, no SharpElectronLinux warning', complaints.slice(0, 5).join(' | '));
  if (run.status !== 0) return elapsed;
  const result = JSON.parse(run.stdout.trim().split('\n').at(-1));
  check(result.warnings.length === 0, 'GLib probe: no process warning', result.warnings.join(', '));
  check(result.wasm, 'GLib probe: sharp ran its WebAssembly build', 'sharp.versions has no emscripten entry: native libvips was loaded');
  const wrongSize = result.measured.filter((item) => item.expected.join('x') !== item.actual.join('x'));
  check(wrongSize.length === 0, `GLib probe: ${result.measured.length} logos and slides at their exact sizes`, wrongSize.map((item) => item.file).join(', '));
  const tooBig = result.measured.filter((item) => item.bytes > result.maxBytes);
  check(tooBig.length === 0, `GLib probe: every image at most ${result.maxBytes} bytes`, tooBig.map((item) => `${item.file} ${item.bytes}`).join(', '));
  return elapsed;
}

/** The same conditions with the repository's native sharp: shows what the probe guards against (not a check). */
export function nativeControl(glib, electronVersion) {
  const script = `process.versions.electron = ${JSON.stringify(electronVersion)};
const { default: sharp } = await import(${JSON.stringify(join(root, 'node_modules', 'sharp', 'dist', 'index.mjs'))});
const image = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#3366ff' } }).png().toBuffer();
await sharp(image).resize(200, 150).png({ palette: true }).toBuffer();`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, LD_PRELOAD: glib.join(':'), NODE_OPTIONS: '' },
    timeout: 60_000,
  });
  const complaints = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => /GLib-GObject-CRITICAL/.test(line));
  return { complaints: complaints.length, signal: run.signal };
}
