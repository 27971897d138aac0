import type { ApiErrorInfo, JobOutcome, JobProgress, JobTicket } from '../../shared/ipc/types';

export interface JobContext {
  /** Aborted when the user cancels; pass it on to anything that accepts a signal. */
  readonly signal: AbortSignal;
  /** Report progress 0..1; values never go backwards and are ignored once the job ended. */
  progress(value: number, title?: string): void;
  /** Call between steps: throws when the job was cancelled so no further step runs. */
  throwIfCancelled(): void;
}

export type JobWork<T> = (context: JobContext) => Promise<T>;

export interface JobRunnerOptions {
  onProgress(progress: JobProgress): void;
  /** Turns whatever a job threw into a message the user can act on. */
  describeError(error: unknown): ApiErrorInfo;
  /** How many finished jobs keep their outcome for `wait` and `valueOf`. */
  keepFinished?: number;
}

export class JobCancelledError extends Error {
  constructor() {
    super('The job was cancelled.');
    this.name = 'JobCancelledError';
  }
}

interface JobRecord {
  id: string;
  title: string;
  controller: AbortController;
  lastValue: number;
  outcome: JobOutcome<unknown> | null;
  settle: (outcome: JobOutcome<unknown>) => void;
  finished: Promise<JobOutcome<unknown>>;
}

/**
 * Runs long work (a check of a big widget, images, export) off the request: `start` returns a
 * ticket at once, progress is pushed as `{jobId, value, title}`, and `cancel` ends the job for the
 * user immediately (a step already running may finish, but its result is dropped).
 */
export class JobRunner {
  private readonly jobs = new Map<string, JobRecord>();
  private nextId = 1;

  constructor(private readonly options: JobRunnerOptions) {}

  start<T>(title: string, work: JobWork<T>): JobTicket<T> {
    const id = `job-${this.nextId++}`;
    let settle!: (outcome: JobOutcome<unknown>) => void;
    const finished = new Promise<JobOutcome<unknown>>((resolve) => {
      settle = resolve;
    });
    const record: JobRecord = { id, title, controller: new AbortController(), lastValue: 0, outcome: null, settle, finished };
    this.jobs.set(id, record);

    const context: JobContext = {
      signal: record.controller.signal,
      progress: (value, stepTitle) => this.report(record, value, stepTitle ?? record.title),
      throwIfCancelled: () => {
        if (record.controller.signal.aborted) throw new JobCancelledError();
      },
    };

    // The ticket must reach the renderer before the first progress event does.
    setImmediate(() => {
      this.report(record, 0, title);
      work(context).then(
        (value) => {
          if (record.controller.signal.aborted) return;
          this.report(record, 1, title);
          this.finish(record, { jobId: id, status: 'done', value });
        },
        (error: unknown) => {
          if (record.controller.signal.aborted || error instanceof JobCancelledError) {
            this.finish(record, { jobId: id, status: 'cancelled' });
            return;
          }
          this.finish(record, { jobId: id, status: 'failed', error: this.options.describeError(error) });
        },
      );
    });
    return { jobId: id };
  }

  /** Resolves when the job ends; a job that is unknown (or long forgotten) fails with a clear message. */
  wait(jobId: string): Promise<JobOutcome<unknown>> {
    const record = this.jobs.get(jobId);
    if (!record) {
      return Promise.resolve({
        jobId,
        status: 'failed',
        error: { kind: 'not-found', message: `No job ${jobId} is running or recently finished.`, file: null, line: null },
      });
    }
    return record.finished;
  }

  /** True when the job was running and is now cancelled. */
  cancel(jobId: string): boolean {
    const record = this.jobs.get(jobId);
    if (!record || record.outcome) return false;
    record.controller.abort();
    this.finish(record, { jobId, status: 'cancelled' });
    return true;
  }

  /** The value a finished job ended with, or undefined when it did not finish well. */
  valueOf(jobId: string): unknown {
    const outcome = this.jobs.get(jobId)?.outcome;
    return outcome?.status === 'done' ? outcome.value : undefined;
  }

  isRunning(jobId: string): boolean {
    const record = this.jobs.get(jobId);
    return record !== undefined && record.outcome === null;
  }

  private report(record: JobRecord, value: number, title: string): void {
    if (record.outcome) return;
    const clamped = Math.min(1, Math.max(record.lastValue, Number.isFinite(value) ? value : 0));
    record.lastValue = clamped;
    this.options.onProgress({ jobId: record.id, value: clamped, title });
  }

  private finish(record: JobRecord, outcome: JobOutcome<unknown>): void {
    if (record.outcome) return;
    record.outcome = outcome;
    record.settle(outcome);
    this.forgetOldJobs();
  }

  private forgetOldJobs(): void {
    const keep = this.options.keepFinished ?? 20;
    const finished = [...this.jobs.values()].filter((job) => job.outcome !== null);
    for (const job of finished.slice(0, Math.max(0, finished.length - keep))) this.jobs.delete(job.id);
  }
}
