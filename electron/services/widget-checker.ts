import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckReport } from '../../shared/check/run-rules';
import { ConfigError } from '../../shared/config/widget-config';
import type { WidgetSnapshot } from '../../shared/model/snapshot';
import type { PlatformId } from '../../shared/platform/profiles';
import { UserError } from './user-error';
import { runCheckOperation, type CheckOperation, type CheckOperationResult, type OpenedWidget, type WorkerCheckOptions } from './check-operations';

export type { OpenedWidget, WorkerCheckOptions } from './check-operations';

/** What the main process posts to the check worker, and what comes back. */
export type CheckTask = CheckOperation & { id: number };
export type CheckAnswer = { id: number; result: CheckOperationResult } | { id: number; error: SerializedError };

/** An error as it crosses the thread boundary: enough to rebuild what the user is shown. */
export interface SerializedError {
  name: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  code?: string;
  path?: string;
}

export function serializeError(error: unknown): SerializedError {
  const failure = error instanceof Error ? error : new Error(String(error));
  const fields = failure as unknown as Record<string, unknown>;
  const picked: SerializedError = { name: failure.name, message: failure.message };
  for (const key of ['file', 'path', 'code'] as const) if (typeof fields[key] === 'string') picked[key] = fields[key] as string;
  for (const key of ['line', 'column'] as const) if (typeof fields[key] === 'number') picked[key] = fields[key] as number;
  return picked;
}

export interface WidgetChecker {
  /** The whole-widget check of a snapshot already read (export). */
  check(snapshot: WidgetSnapshot, options: WorkerCheckOptions, signal?: AbortSignal): Promise<CheckReport>;
  /** Read and check a widget (open): reading 10,000 files is as much work as checking them. */
  open(path: string, platform: PlatformId | undefined, signal?: AbortSignal, imageTextCache?: string): Promise<OpenedWidget>;
}

type Run = (operation: CheckOperation, signal?: AbortSignal) => Promise<CheckOperationResult>;

const runInProcess: Run = async (operation, signal) => {
  signal?.throwIfAborted();
  return runCheckOperation(operation);
};

/** A failure from the worker, rebuilt so the user sees what an in-process failure would have shown. */
function rebuiltError(error: SerializedError): Error {
  if (error.name === 'UserError') return new UserError(error.message, error.file);
  if (error.name === 'ConfigError') return new ConfigError(error.message, error.file ?? '', error.line ?? 0, error.column ?? 0);
  return Object.assign(new Error(error.message), error);
}

interface Pending {
  operation: CheckOperation;
  resolve(result: CheckOperationResult): void;
  reject(error: unknown): void;
}

/**
 * The whole-widget read and check off the main thread: in the main process a 10,000-file widget
 * would freeze the window (menus, resizing, progress). One worker is kept and reused; a cancel
 * terminates it and the next check starts a fresh one. Without the worker's bundle (running from
 * sources) or when a worker cannot start, the work runs in-process.
 */
export function createWidgetChecker(workerFile: string | null): WidgetChecker {
  const run = workerFile && existsSync(workerFile) ? workerRunner(workerFile) : runInProcess;
  return {
    check: async (snapshot, options, signal) => (await run({ op: 'check', snapshot, options }, signal)) as CheckReport,
    open: async (path, platform, signal, imageTextCache) =>
      (await run({ op: 'open', path, ...(platform ? { platform } : {}), ...(imageTextCache ? { imageTextCache } : {}) }, signal)) as OpenedWidget,
  };
}

function workerRunner(workerFile: string): Run {
  let worker: Worker | null = null;
  let unavailable = false;
  let answered = false;
  let nextId = 1;
  const waiting = new Map<number, Pending>();

  const failAll = (error: Error) => {
    const pending = [...waiting.values()];
    waiting.clear();
    worker = null;
    if (!answered) unavailable = true;
    for (const item of pending) {
      if (unavailable) runCheckOperation(item.operation).then(item.resolve, item.reject);
      else item.reject(error);
    }
  };
  const start = (): Worker => {
    const started = new Worker(workerFile);
    started.on('message', (answer: CheckAnswer) => {
      answered = true;
      const pending = waiting.get(answer.id);
      if (!pending) return;
      waiting.delete(answer.id);
      // An idle worker must not keep the process from exiting; a busy one must.
      if (waiting.size === 0) started.unref();
      if ('result' in answer) pending.resolve(answer.result);
      else pending.reject(rebuiltError(answer.error));
    });
    started.on('error', (error) => failAll(error));
    started.on('exit', (code) => {
      if (worker === started) failAll(new Error(`The check stopped unexpectedly (worker exit ${code}).`));
    });
    return started;
  };

  return (operation, signal) =>
    new Promise<CheckOperationResult>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      if (unavailable) return void runCheckOperation(operation).then(resolve, reject);
      worker ??= start();
      const current = worker;
      const id = nextId++;
      waiting.set(id, { operation, resolve, reject });
      current.ref();
      signal?.addEventListener(
        'abort',
        () => {
          if (!waiting.delete(id)) return;
          reject(signal.reason);
          if (worker === current) worker = null;
          void current.terminate();
        },
        { once: true },
      );
      current.postMessage({ ...operation, id } satisfies CheckTask);
    });
}

/** The worker bundle next to the main bundle (build.mjs puts dist/main/check-worker.js there). */
export function bundledWorkerFile(mainModuleUrl: string, name = 'check-worker.js'): string {
  return fileURLToPath(new URL(`./${name}`, mainModuleUrl));
}
