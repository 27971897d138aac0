import { runCli } from './program';

// `widget-publisher check . --format json | head` closes the pipe early: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env }).then(
  (code) => {
    process.exitCode = code;
    // Native work a command gave up on (an SVG render past its deadline) must not keep the process alive.
    // Unref'd: when nothing else is pending the process exits at once, before this fires.
    setTimeout(() => process.exit(code), 500).unref();
  },
);
