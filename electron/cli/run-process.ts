// The CLI process itself: dist/cli/program.cjs, which index.ts runs through V8's code cache.
import { runCli } from './program';
import { needsRenderDeadline, runWithRenderDeadline } from './render-supervisor';

// `widget-publisher check . --format json | head` closes the pipe early: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const argv = process.argv.slice(2);
const run = needsRenderDeadline(argv, process.env)
  ? runWithRenderDeadline(argv, process.env, process.argv[1])
  : runCli(argv, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env });
run.then((code) => {
  process.exitCode = code;
});
