import { parentPort } from 'node:worker_threads';
import { runCheckOperation } from '../services/check-operations';
import { serializeError, type CheckAnswer, type CheckTask } from '../services/widget-checker';

// The check worker (electron/services/widget-checker.ts): reading and rules run here, never on the main thread.
parentPort?.on('message', (task: CheckTask) => {
  const { id, ...operation } = task;
  runCheckOperation(operation).then(
    (result) => parentPort?.postMessage({ id, result } satisfies CheckAnswer),
    (error: unknown) => parentPort?.postMessage({ id, error: serializeError(error) } satisfies CheckAnswer),
  );
});
