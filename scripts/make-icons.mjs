#!/usr/bin/env node
// `npm run icons`: renders assets/icon.svg with our own image studio into what electron-builder
// takes from assets/ (directories.buildResources): icon.icns (macOS), icon.ico (Windows) and
// icons/<size>x<size>.png (Linux). The outputs are committed; run this again after changing the SVG.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { NODE_ESM_BUNDLE } from '../build.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const assets = join(root, 'assets');
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];
const MAC_SIZES = [16, 32, 64, 128, 256, 512];
const WINDOWS_SIZES = [16, 24, 32, 48, 64, 256];

const bundle = join(root, 'test-output', 'make-icons', 'icon-set.mjs');
await build({
  entryPoints: [join(root, 'electron/services/image-studio/icon-set.ts')],
  outfile: bundle,
  ...NODE_ESM_BUNDLE,
});
const { icnsFile, icoFile, makeIconSet } = await import(pathToFileURL(bundle).href);

const svg = await readFile(join(assets, 'icon.svg'));
const sizes = [...new Set([...LINUX_SIZES, ...MAC_SIZES, ...WINDOWS_SIZES])].sort((a, b) => a - b);
const bySize = new Map((await makeIconSet(svg, sizes)).map((image) => [image.size, image]));
const pick = (list) => list.map((size) => bySize.get(size));

await mkdir(join(assets, 'icons'), { recursive: true });
for (const image of pick(LINUX_SIZES)) await writeFile(join(assets, 'icons', `${image.size}x${image.size}.png`), image.data);
await writeFile(join(assets, 'icon.icns'), icnsFile(pick(MAC_SIZES)));
await writeFile(join(assets, 'icon.ico'), icoFile(pick(WINDOWS_SIZES)));
const total = [...bySize.values()].reduce((sum, image) => sum + image.data.length, 0);
console.log(`icons: ${LINUX_SIZES.length} Linux PNGs, icon.icns (${MAC_SIZES.join(', ')}), icon.ico (${WINDOWS_SIZES.join(', ')}); ${Math.round(total / 1024)} KB of PNG in all`);
