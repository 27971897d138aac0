import { IMAGE_LIMITS } from '../../../shared/platform/limits';
import { UserError } from '../user-error';

/**
 * The image library renders an SVG in one native call that cannot be interrupted (a 600-byte SVG with a
 * huge feMorphology radius takes minutes), so its own timeout fires only when the call returns. The run
 * is given up on at the deadline instead: the promise rejects with a message naming the source, and the
 * CLI exits without waiting for the abandoned render (electron/cli/index.ts).
 */
export async function withRenderDeadline<T>(work: Promise<T>, source: string, deadlineMs: number = IMAGE_LIMITS.renderDeadlineMs): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        new UserError(
          `${source}: rendering took longer than ${Math.round(deadlineMs / 1000)} s and was stopped. An SVG with heavy filters (feMorphology, feGaussianBlur with huge values) does this; simplify it or export it as PNG.`,
          source,
        ),
      );
    }, deadlineMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
    // The abandoned render may still reject later; that must not surface as an unhandled rejection.
    work.catch(() => undefined);
  }
}

/** `WIDGET_PUBLISHER_RENDER_DEADLINE_MS` lowers the deadline (tests, slow-machine tuning); anything else keeps the default. */
export function renderDeadlineFromEnv(env: Readonly<Record<string, string | undefined>>): number {
  const value = Number(env.WIDGET_PUBLISHER_RENDER_DEADLINE_MS);
  return Number.isInteger(value) && value > 0 ? value : IMAGE_LIMITS.renderDeadlineMs;
}
