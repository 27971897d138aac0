import { spawn } from 'node:child_process';
import { IMAGE_LIMITS } from '../../shared/platform/limits';
import { EXIT_FAILURE } from './exit-codes';

/** Commands that render images: an SVG filter can keep the image library busy for minutes. */
const RENDERING_COMMANDS = new Set(['images', 'slides']);
const SUPERVISED = 'WIDGET_PUBLISHER_SUPERVISED';

export function needsRenderDeadline(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): boolean {
  return RENDERING_COMMANDS.has(argv[0] ?? '') && env[SUPERVISED] !== '1' && !argv.some((arg) => arg === '-h' || arg === '--help');
}

/** `WIDGET_PUBLISHER_RENDER_DEADLINE_MS` lowers the deadline (tests, tuning); anything else keeps the default. */
export function renderDeadlineMs(env: Readonly<Record<string, string | undefined>>): number {
  const value = Number(env.WIDGET_PUBLISHER_RENDER_DEADLINE_MS);
  return Number.isInteger(value) && value > 0 ? value : IMAGE_LIMITS.renderDeadlineMs;
}

/**
 * Run a rendering command in a child process and stop it at the render deadline. The image library
 * renders an SVG in one native call that nothing in the process can interrupt, and the process cannot
 * even exit while that call runs (Node waits for its thread pool), so the deadline has to be kept from
 * outside. The child writes its files only once every image is made, so a stopped run writes nothing.
 */
export function runWithRenderDeadline(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, script: string): Promise<number> {
  const deadline = renderDeadlineMs(env);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, script, ...argv], { stdio: 'inherit', env: { ...env, [SUPERVISED]: '1' } });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      process.stderr.write(
        `widget-publisher: ${argv[0]} stopped: rendering took longer than ${Math.round(deadline / 1000)} s, so nothing was written. ` +
          'An SVG with heavy filters (feMorphology, feGaussianBlur with huge values) does this; simplify it or export it as PNG.\n',
      );
      resolve(EXIT_FAILURE);
    }, deadline);
    child.on('error', () => {
      clearTimeout(timer);
      resolve(EXIT_FAILURE);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code ?? EXIT_FAILURE);
    });
  });
}
