// Image studio section of `npm run bench` (bench/run.mjs). Times, on the same sources: our full logo set +
// 3 slides x 3 locales, ImageMagick doing the same resizes with one `convert` call per source, and a lower
// bound (each source decoded once + each output encoded once, with sharp), interleaved run by run; then the
// same studio work on the Linux desktop app's build (sharp's WebAssembly).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import sharp from 'sharp';
import { pngFiltering } from '../test/helpers/png-filtering.mjs';
import { sharpWasmEntry } from '../test/helpers/sharp-wasm-tree.mjs';
import { loadAverage, log, median, ratio, round, spread, timed } from './lib/measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const work = join(here, 'work');
const sourcesDir = join(work, 'sources');
const LOCALES = ['en', 'ru', 'es'];
const SLIDES_PER_LOCALE = 3;
const PARALLEL = availableParallelism();

// --- ImageMagick: the real binary, never a wrapper script standing in for it -------------------------
function isImageMagickBinary(path) {
  try {
    const real = realpathSync(path);
    const head = readFileSync(real).subarray(0, 4);
    if (!head.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))) return false; // an ELF executable, not a script
    return execFileSync(path, ['-version'], { encoding: 'utf8' }).includes('ImageMagick');
  } catch {
    return false;
  }
}

function findImageMagick() {
  const onPath = (() => {
    try {
      return execFileSync('sh', ['-c', 'command -v convert'], { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  })();
  return ['/usr/bin/convert', onPath].find((candidate) => candidate && isImageMagickBinary(candidate)) ?? null;
}

function ensureImageMagick() {
  let convert = findImageMagick();
  if (convert) return convert;
  log('ImageMagick not found (or only a stand-in script): installing Debian\'s imagemagick...');
  const apt = (args) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    apt(['install', '-y', '-qq', 'imagemagick']);
  } catch {
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', 'imagemagick']);
  }
  convert = findImageMagick();
  if (!convert) throw new Error('ImageMagick could not be installed; the comparison needs /usr/bin/convert.');
  return convert;
}

// --- The service, bundled as the CLI bundles it ------------------------------------------------------
/** With `sharpEntry`, the studio imports that sharp (the Linux app's WebAssembly build) instead of the native one. */
async function loadStudio(sharpEntry) {
  const outdir = join(work, sharpEntry ? 'dist-wasm' : 'dist');
  const useSharp = sharpEntry ? [{ name: 'sharp-build', setup: (b) => b.onResolve({ filter: /^sharp$/ }, () => ({ path: sharpEntry, external: true })) }] : [];
  await build({
    plugins: useSharp,
    entryPoints: {
      'image-studio': join(root, 'electron/services/image-studio/index.ts'),
      'atomic-write': join(root, 'electron/services/atomic-write.ts'),
    },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const studio = await import(pathToFileURL(join(outdir, 'image-studio.mjs')).href);
  const { writeFileAtomic } = await import(pathToFileURL(join(outdir, 'atomic-write.mjs')).href);
  return { ...studio, writeFileAtomic };
}

// --- Sources: a logo and nine CRM-like screenshots, made once, the same every time -------------------
function logoSvg() {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#4f46e5"/><stop offset="1" stop-color="#06b6d4"/></linearGradient></defs>
  <circle cx="512" cy="512" r="500" fill="url(#g)"/>
  <path d="M300 700 L512 260 L724 700 Z" fill="none" stroke="#fff" stroke-width="64" stroke-linejoin="round"/>
  <circle cx="512" cy="560" r="70" fill="#fde047"/>
</svg>`;
}

function screenshotSvg(seed, locale) {
  const hue = (seed * 47) % 360;
  const rows = Array.from({ length: 9 }, (_, row) => {
    const y = 180 + row * 88;
    const width = 300 + ((seed * 13 + row * 71) % 500);
    return `<rect x="300" y="${y}" width="1560" height="72" rx="8" fill="#fff" stroke="#e2e8f0"/>
      <circle cx="340" cy="${y + 36}" r="20" fill="hsl(${(hue + row * 30) % 360},70%,60%)"/>
      <rect x="380" y="${y + 22}" width="${width}" height="12" rx="6" fill="#334155"/>
      <rect x="380" y="${y + 44}" width="${width / 2}" height="10" rx="5" fill="#94a3b8"/>
      <text x="1700" y="${y + 44}" font-family="DejaVu Sans" font-size="22" fill="#0f172a">${(seed * 997 + row * 113) % 10000} ${locale.toUpperCase()}</text>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080">
  <rect width="1920" height="1080" fill="#f1f5f9"/>
  <rect width="1920" height="64" fill="hsl(${hue},60%,35%)"/>
  <text x="32" y="42" font-family="DejaVu Sans" font-size="26" fill="#fff">Deals to Telegram — ${locale} — slide ${seed}</text>
  <rect y="64" width="260" height="1016" fill="#1e293b"/>
  ${Array.from({ length: 8 }, (_, item) => `<rect x="24" y="${100 + item * 56}" width="${140 + ((item * 37) % 80)}" height="14" rx="7" fill="#64748b"/>`).join('')}
  <rect x="300" y="96" width="520" height="56" rx="10" fill="hsl(${hue},70%,50%)"/>
  <text x="324" y="133" font-family="DejaVu Sans" font-size="24" fill="#fff">Send to Telegram</text>
  ${rows}
</svg>`;
}

async function makeSources() {
  await mkdir(sourcesDir, { recursive: true });
  const logo = join(sourcesDir, 'logo.png');
  if (!existsSync(logo)) await sharp(Buffer.from(logoSvg())).png().toFile(logo);
  const slides = {};
  for (const [localeIndex, locale] of LOCALES.entries()) {
    slides[locale] = [];
    for (let number = 1; number <= SLIDES_PER_LOCALE; number++) {
      const path = join(sourcesDir, `shot_${number}_${locale}.png`);
      if (!existsSync(path)) await sharp(Buffer.from(screenshotSvg(localeIndex * SLIDES_PER_LOCALE + number, locale))).png().toFile(path);
      slides[locale].push(path);
    }
  }
  return { logo, slides };
}

// --- The three contenders ----------------------------------------------------------------------------
async function runOurs(studio, sources, out) {
  const [logos, ...slideSets] = await Promise.all([
    studio.makeLogoSet(sources.logo, { dp: true }),
    ...LOCALES.map((locale) => studio.makeSlides(sources.slides[locale], locale)),
  ]);
  await studio.writeImageSet([...logos.files, ...slideSets.flatMap((set) => set.files)], out);
  return [...logos.files, ...slideSets.flatMap((set) => set.files)];
}

// --- What ours ended up writing (its filtering is read from its file: test/helpers/png-filtering.mjs) ---
/** The sharp PNG options that make an output the way ours did (zlib level 9; filtering as read from the file). */
function pngOptions(frame) {
  const palette = /^png-palette-(\d+)$/.exec(frame.encoding);
  if (palette) return { palette: true, colours: Number(palette[1]), compressionLevel: 9 };
  return { compressionLevel: 9, adaptiveFiltering: frame.filtering === 'filtered' };
}

/**
 * ImageMagick's settings for one output, as ours wrote it: zlib level 9, the same filtering (IM 6 writes
 * unfiltered rows with png:compression-filter=1 and adaptive ones with -quality 95; checked on the files),
 * and no alpha channel where ours has none (ours drops an alpha that is opaque everywhere).
 */
function imageMagickOutputArgs(output) {
  const alpha = output.channels === 3 ? ['-alpha', 'remove', '-alpha', 'off'] : [];
  const filter = output.filtering === 'filtered' ? ['-quality', '95'] : ['-define', 'png:compression-level=9', '-define', 'png:compression-filter=1'];
  return [...alpha, '-strip', ...filter];
}

function imageMagickCalls(convert, sources, outputs, slideSize, out) {
  const specs = [...outputs.values()].filter((output) => output.file.startsWith('logo'));
  const logoArgs = [sources.logo, '-background', 'none', '-gravity', 'center'];
  for (const spec of specs) {
    const size = `${spec.width}x${spec.height}`;
    logoArgs.push('(', '+clone', '-resize', size, '-extent', size, ...imageMagickOutputArgs(spec), '-write', join(out, spec.file), '+delete', ')');
  }
  logoArgs.push('null:');
  const calls = [logoArgs];
  for (const locale of LOCALES) {
    sources.slides[locale].forEach((path, index) => {
      const size = `${slideSize.width}x${slideSize.height}`;
      const file = `tour_${index + 1}_${locale}.png`;
      calls.push([path, '-resize', size, '-background', 'white', '-gravity', 'center', '-extent', size, ...imageMagickOutputArgs(outputs.get(file)), join(out, file)]);
    });
  }
  return calls;
}

/** The peer is only fair if it wrote what ours wrote: same sizes, channels and filtering. */
async function checkImageMagickMatches(folder, outputs) {
  for (const output of outputs.values()) {
    const data = readFileSync(join(folder, output.file));
    const { info } = await sharp(data).raw().toBuffer({ resolveWithObject: true });
    const got = { width: info.width, height: info.height, channels: info.channels, filtering: pngFiltering(data) };
    const want = { width: output.width, height: output.height, channels: output.channels, filtering: output.filtering ?? got.filtering };
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`ImageMagick's ${output.file} is ${JSON.stringify(got)}, ours ${JSON.stringify(want)}`);
  }
}

function spawnConvert(convert, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(convert, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`convert failed (${code}): ${stderr}`))));
  });
}

/** One convert call per source, as many at once as there are cores (the same parallelism ours gets). */
async function runImageMagick(convert, calls) {
  const queue = [...calls];
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (queue.length > 0) await spawnConvert(convert, queue.shift());
    }),
  );
}

/** Each source decoded once, each output encoded once (as ours ended up encoding it) and written, in parallel. */
async function runLowerBound(studio, sources, frames, out) {
  const paths = [sources.logo, ...LOCALES.flatMap((locale) => sources.slides[locale])];
  await Promise.all([
    ...paths.map((path) => sharp(path).raw().toBuffer()),
    ...frames.map(async (frame) => {
      const data = await sharp(frame.data, { raw: frame.info }).png(pngOptions(frame)).toBuffer();
      await studio.writeFileAtomic(join(out, frame.file), data);
    }),
  ]);
}

async function freshFolder(path) {
  await rm(path, { recursive: true, force: true });
  await mkdir(path, { recursive: true });
  return path;
}

/** Runs the section; `runs` interleaved runs of each contender. */
export async function runImagesBench({ runs }) {
  // Every run must do the work again: libvips' operation cache would let repeated runs skip decodes.
  sharp.cache(false);
  const convert = ensureImageMagick();
  const imageMagickVersion = execFileSync(convert, ['-version'], { encoding: 'utf8' }).split('\n')[0];
  const studio = await loadStudio();
  const sources = await makeSources();

  // Warm-up (not timed): also gives the outputs the lower bound must re-encode, and checks them.
  const warm = await runOurs(studio, sources, await freshFolder(join(work, 'out-ours')));
  const specs = warm.filter((file) => file.file.startsWith('logo'));
  const slide = warm.find((file) => file.file.startsWith('tour_'));
  const slideSize = { width: slide.width, height: slide.height };
  const frames = await Promise.all(
    warm.map(async (file) => {
      const { data, info } = await sharp(file.data).raw().toBuffer({ resolveWithObject: true });
      const filtering = file.encoding === 'png' ? pngFiltering(file.data) : null;
      return { file: file.file, encoding: file.encoding, filtering, data, info: { width: info.width, height: info.height, channels: info.channels } };
    }),
  );
  const outputs = new Map(warm.map((file, index) => [file.file, { ...file, filtering: frames[index].filtering, channels: frames[index].info.channels }]));
  const imOut = await freshFolder(join(work, 'out-imagemagick'));
  await runImageMagick(convert, imageMagickCalls(convert, sources, outputs, slideSize, imOut));
  const imFiles = await readdir(imOut);
  if (imFiles.length !== warm.length) throw new Error(`ImageMagick wrote ${imFiles.length} files, ours ${warm.length}`);
  await checkImageMagickMatches(imOut, outputs);
  await runLowerBound(studio, sources, frames, await freshFolder(join(work, 'out-lower-bound')));

  const samples = { images: [], imagemagick: [], lowerBound: [] };
  const cpuSamples = { images: [], imagemagick: [], lowerBound: [], imagesDesktopLinux: [] };
  const record = (key, measured) => {
    samples[key].push(measured.wall);
    cpuSamples[key].push(measured.cpu);
  };
  for (let run = 1; run <= runs; run++) {
    // Interleaved, so a noisy neighbour on the machine slows all three alike.
    const oursOut = await freshFolder(join(work, 'out-ours'));
    record('images', await timed(() => runOurs(studio, sources, oursOut)));
    const imRunOut = await freshFolder(join(work, 'out-imagemagick'));
    const runCalls = imageMagickCalls(convert, sources, outputs, slideSize, imRunOut);
    record('imagemagick', await timed(() => runImageMagick(convert, runCalls)));
    const lbOut = await freshFolder(join(work, 'out-lower-bound'));
    record('lowerBound', await timed(() => runLowerBound(studio, sources, frames, lbOut)));
    log(`images run ${run}/${runs}: ours ${samples.images.at(-1).toFixed(0)} ms, ImageMagick ${samples.imagemagick.at(-1).toFixed(0)} ms, lower bound ${samples.lowerBound.at(-1).toFixed(0)} ms`);
  }

  // The Linux app's build (sharp's WebAssembly), after the interleaved runs: slower, so fewer runs.
  const wasmEntry = sharpWasmEntry();
  (await import(pathToFileURL(wasmEntry).href)).default.cache(false);
  const wasmStudio = await loadStudio(wasmEntry);
  // Warm, as the native build is: the first run compiles the WebAssembly module and starts its threads.
  await runOurs(wasmStudio, sources, await freshFolder(join(work, 'out-wasm')));
  const wasmSamples = [];
  for (let run = 1; run <= Math.min(runs, 3); run++) {
    const wasmOut = await freshFolder(join(work, 'out-wasm'));
    const measured = await timed(() => runOurs(wasmStudio, sources, wasmOut));
    wasmSamples.push(measured.wall);
    cpuSamples.imagesDesktopLinux.push(measured.cpu);
    log(`images, Linux app build, run ${run}: ${wasmSamples.at(-1).toFixed(0)} ms`);
  }

  const imagesMs = median(samples.images);
  const imagemagickMs = median(samples.imagemagick);
  const lowerBoundMs = median(samples.lowerBound);
  const wasmMs = median(wasmSamples);
  const workText = `logo set (${specs.length} files, from 1 source) + ${SLIDES_PER_LOCALE} slides x ${LOCALES.length} locales (1920x1080 screenshots), all written to disk`;
  return {
    fields: { imagesMs: round(imagesMs), imagemagickMs: round(imagemagickMs), lowerBoundMs: round(lowerBoundMs), imagesDesktopLinuxMs: round(wasmMs) },
    details: {
      work: workText,
      runs,
      speedupVsImagemagick: round(imagemagickMs / imagesMs, 2),
      ratioToLowerBound: round(imagesMs / lowerBoundMs, 2),
      desktopLinuxVsNative: round(wasmMs / imagesMs, 2),
      // The wasm runs come after the interleaved ones, at another moment's load: CPU time compares them better.
      desktopLinuxVsNativeCpu: round(median(cpuSamples.imagesDesktopLinux) / median(cpuSamples.images), 2),
      parallelism: `${PARALLEL} (ours: one process; ImageMagick: ${PARALLEL} convert calls at a time)`,
      versions: { sharp: sharp.versions.sharp, vips: sharp.versions.vips, imagemagick: imageMagickVersion },
      wallMs: { images: spread(samples.images), imagemagick: spread(samples.imagemagick), lowerBound: spread(samples.lowerBound), imagesDesktopLinux: spread(wasmSamples) },
      cpuMs: Object.fromEntries(Object.entries(cpuSamples).map(([key, values]) => [key, round(median(values))])),
      loadAverageAtEnd: loadAverage(),
      outputs: [...outputs.values()].map((file) => ({ file: file.file, width: file.width, height: file.height, bytes: file.bytes, encoding: file.encoding, filtering: file.filtering })),
    },
    rows: [
      {
        work: `Image studio: logo set + ${LOCALES.length * SLIDES_PER_LOCALE} slides`,
        ours: `${round(imagesMs)} ms`,
        bound: `ImageMagick ${round(imagemagickMs)} ms; decode + encode bound ${round(lowerBoundMs)} ms`,
        ratio: `${ratio(imagemagickMs / imagesMs)} faster than ImageMagick; ${ratio(imagesMs / lowerBoundMs)} of the bound`,
        aim: '≥ 4x faster; ≤ 1.15x of the bound',
      },
      {
        work: 'Image studio, Linux desktop build (sharp WebAssembly)',
        ours: `${round(wasmMs)} ms`,
        bound: `native sharp ${round(imagesMs)} ms`,
        ratio: `${ratio(wasmMs / imagesMs)} of native`,
        aim: '≤ 2x native',
      },
    ],
  };
}
