// Renderer bundle report (`node bench/renderer-chunks.mjs`; not part of `npm test`): builds the renderer
// as `vite build` does, into a scratch folder, and prints each JS chunk (the page's, the lazily loaded
// ones and the live-check worker's) with its size raw and gzipped, and the packages and source folders
// in it. LIST=1 adds every module; TRACE=<regexp> prints the import chain from each chunk's entry to the
// first module matching it, e.g. TRACE=node_modules/acorn/ shows why the parser is in a chunk.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const shortId = (id) => id.replace(`${root}/`, '');
const chunks = [];

function traceImports(context, entry, target) {
  const from = new Map([[entry, null]]);
  const queue = [entry];
  while (queue.length > 0) {
    const id = queue.shift();
    if (target.test(id)) {
      const chain = [];
      for (let at = id; at; at = from.get(at)) chain.unshift(shortId(at));
      return chain;
    }
    for (const next of context.getModuleInfo(id)?.importedIds ?? []) {
      if (!from.has(next)) {
        from.set(next, id);
        queue.push(next);
      }
    }
  }
  return null;
}

/** Collects the chunks of the page build and of the worker build (Vite bundles workers separately). */
function chunkReport() {
  return {
    name: 'chunk-report',
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        const trace = process.env.TRACE && item.facadeModuleId ? traceImports(this, item.facadeModuleId, new RegExp(process.env.TRACE)) : undefined;
        const modules = Object.entries(item.modules).map(([id, info]) => [shortId(id), info.renderedLength]);
        chunks.push({ file: item.fileName, raw: Buffer.byteLength(item.code), gzip: gzipSync(item.code).length, modules, trace });
      }
    },
  };
}

function groupOf(id) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  return pkg ? `npm:${pkg[1]}` : id.split('/').slice(0, 2).join('/');
}

const outDir = await mkdtemp(join(tmpdir(), 'wp-renderer-chunks-'));
try {
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
    plugins: [chunkReport()],
    worker: { plugins: () => [chunkReport()] },
  });
} finally {
  await rm(outDir, { recursive: true, force: true });
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`.padStart(9);
for (const chunk of chunks) {
  console.log(`\n${chunk.file}: ${kb(chunk.raw)} raw, ${kb(chunk.gzip)} gzip (module sizes below are before minifying)`);
  const groups = new Map();
  for (const [id, length] of chunk.modules) groups.set(groupOf(id), (groups.get(groupOf(id)) ?? 0) + length);
  for (const [group, length] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`  ${kb(length)}  ${group}`);
  if (process.env.LIST) for (const [id, length] of chunk.modules.sort((a, b) => b[1] - a[1])) console.log(`    ${kb(length)}  ${id}`);
  if (chunk.trace !== undefined) console.log(chunk.trace ? `  import chain:\n    ${chunk.trace.join('\n    -> ')}` : `  no static import reaches ${process.env.TRACE}`);
}
