// The lower bound of `check` on a widget folder, run as its own process by bench/check-large.mjs: read every
// file (JS as UTF-8 text) and parse each JS file with acorn, one thread, no tree kept. Whatever a checker
// does, it must at least read the files and parse the code with the positions its findings point at.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';

const [folder] = process.argv.slice(2);
let files = 0;
let scripts = 0;
let nodes = 0;

function visit(path) {
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) {
      visit(child);
      continue;
    }
    files += 1;
    if (!entry.name.endsWith('.js')) {
      readFileSync(child);
      continue;
    }
    // The newest syntax, and nothing more: no positions object per node (the checker does not keep one either).
    const ast = parse(readFileSync(child, 'utf8'), { ecmaVersion: 'latest', sourceType: 'script' });
    scripts += 1;
    nodes += ast.body.length;
  }
}

visit(folder);
process.stdout.write(`${JSON.stringify({ files, scripts, nodes })}\n`);
