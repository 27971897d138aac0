import { LiveCheckRunner } from './live-check-job';
import type { LiveCheckMessage } from './live-check-messages';

/** The live check off the page's thread: one runner, fed the widget once and each draft after. */
const runner = new LiveCheckRunner();
const scope = self as unknown as { postMessage(message: unknown): void; addEventListener(type: 'message', listener: (event: MessageEvent<LiveCheckMessage>) => void): void };

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'base') runner.setBase(message.base, message.known ?? null);
  else {
    const reply = runner.check(message.id, message.widget, message.pending);
    if (reply) scope.postMessage(reply);
  }
});
