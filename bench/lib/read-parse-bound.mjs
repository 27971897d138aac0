// The lower bound of `check` on a widget folder, run as its own process by bench/check-large.mjs: read every
// file (JS as UTF-8 text) and parse each JS file with acorn, one thread, no tree kept. Whatever a checker
// does, it must at least read the files and parse the code with the positions its findings point at.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'acorn';

/**
 * acorn with its options as an ordinary object, as the checker parses (shared/code/parse-script.ts): acorn
 * leaves them a V8 dictionary read on every token, and the plain copy parses the same trees about a fifth
 * faster. The bound parses the fastest way the checker knows, so the checker never beats its own bound.
 */
class PlainOptionsParser extends Parser {
  constructor(options, input, startPos) {
    super(options, input, startPos);
    this.options = { ...this.options };
  }
}

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
    const ast = PlainOptionsParser.parse(readFileSync(child, 'utf8'), { ecmaVersion: 'latest', sourceType: 'script' });
    scripts += 1;
    nodes += ast.body.length;
  }
}

visit(folder);
process.stdout.write(`${JSON.stringify({ files, scripts, nodes })}\n`);
