import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Rolldown } from 'vite';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** The JS and CSS parsers and the rule implementations that use them: the live-check worker's job. */
const CHECKER = /node_modules\/(acorn|acorn-walk|postcss|postcss-selector-parser)\/|shared\/rules\/catalogue\.ts|shared\/code\/|shared\/rules\/(code|css)\//;

let outDir: string;
let chunks: Rolldown.OutputChunk[];

function modulesOf(chunk: Rolldown.OutputChunk): string[] {
  return Object.keys(chunk.modules).map((id) => id.replace(`${ROOT}/`, ''));
}

/** The chunk the page starts with and every chunk it imports statically: what startup parses. */
function startupModules(): string[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('the build has no entry chunk');
  const seen = new Set<Rolldown.OutputChunk>();
  const visit = (chunk: Rolldown.OutputChunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name)!);
  };
  visit(entry);
  return [...seen].flatMap(modulesOf);
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'wp-bundle-'));
  const output = await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: false, write: false } });
  chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : [])).filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
}, 120_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('the renderer bundle', () => {
  it('starts the page without the checker: no JS or CSS parser, no rule catalogue', () => {
    const startup = startupModules();
    expect(startup.some((id) => id.endsWith('renderer/src/main.tsx'))).toBe(true);
    expect(startup.filter((id) => CHECKER.test(id))).toEqual([]);
  });

  it('starts the page with the start screen only: the project screen and the wizard load in their own chunks', () => {
    const startup = startupModules();
    expect(startup.some((id) => id.endsWith('renderer/src/start/StartScreen.tsx'))).toBe(true);
    expect(startup.filter((id) => /renderer\/src\/(wizard|project|new-widget)\//.test(id))).toEqual([]);
    const project = chunks.find((chunk) => modulesOf(chunk).some((id) => id.endsWith('renderer/src/project/ProjectScreen.tsx')));
    expect(chunks.find((chunk) => chunk.isEntry)?.dynamicImports).toContain(project?.fileName);
  });

  it('keeps the whole checker in a chunk loaded on demand, for when the worker cannot run', () => {
    const lazy = chunks.filter((chunk) => !chunk.isEntry && modulesOf(chunk).some((id) => id.endsWith('renderer/src/wizard/live-check-job.ts')));
    expect(lazy).toHaveLength(1);
    const modules = modulesOf(lazy[0]);
    expect(modules).toContain('shared/rules/catalogue.ts');
    expect(modules.some((id) => id.includes('node_modules/acorn/'))).toBe(true);
    // Imported on demand by the wizard's chunk (itself loaded after the start screen).
    expect(chunks.some((chunk) => chunk.dynamicImports.includes(lazy[0].fileName))).toBe(true);
    expect(startupModules()).not.toContain('renderer/src/wizard/live-check-job.ts');
  });
});
