import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../shared/ipc/types';
import { JobRunner } from '../../../electron/services/jobs';

function runner(keepFinished?: number) {
  const progress: JobProgress[] = [];
  const jobs = new JobRunner({
    onProgress: (event) => progress.push(event),
    describeError: (error) => ({ kind: 'user', message: (error as Error).message, file: null, line: null }),
    keepFinished,
  });
  return { jobs, progress };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('JobRunner', () => {
  it('returns a ticket before any work or progress happens', async () => {
    const { jobs, progress } = runner();
    let started = false;
    const ticket = jobs.start('Exporting', async () => {
      started = true;
      return 42;
    });
    expect(ticket.jobId).toMatch(/^job-\d+$/);
    expect(started).toBe(false);
    expect(progress).toEqual([]);
    await expect(jobs.wait(ticket.jobId)).resolves.toEqual({ jobId: ticket.jobId, status: 'done', value: 42 });
    expect(progress.at(0)).toEqual({ jobId: ticket.jobId, value: 0, title: 'Exporting' });
    expect(progress.at(-1)).toEqual({ jobId: ticket.jobId, value: 1, title: 'Exporting' });
  });

  it('pushes progress that never goes backwards and stays within 0..1', async () => {
    const { jobs, progress } = runner();
    const ticket = jobs.start('Checking', async (job) => {
      job.progress(0.5, 'Reading');
      job.progress(0.2, 'Late report');
      job.progress(7, 'Overshoot');
      job.progress(Number.NaN);
      return null;
    });
    await jobs.wait(ticket.jobId);
    expect(progress.map((event) => event.value)).toEqual([0, 0.5, 0.5, 1, 1, 1]);
    expect(progress[1].title).toBe('Reading');
  });

  it('reports a failure with the message the describer gives', async () => {
    const { jobs } = runner();
    const ticket = jobs.start('Checking', async () => {
      throw new Error('Nothing found at /nowhere.');
    });
    await expect(jobs.wait(ticket.jobId)).resolves.toEqual({
      jobId: ticket.jobId,
      status: 'failed',
      error: { kind: 'user', message: 'Nothing found at /nowhere.', file: null, line: null },
    });
  });

  it('cancels at once, drops a late result and stops further steps', async () => {
    const { jobs, progress } = runner();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let secondStepRan = false;
    const ticket = jobs.start('Exporting', async (job) => {
      await gate;
      job.throwIfCancelled();
      secondStepRan = true;
      return 'written';
    });
    await tick();
    expect(jobs.isRunning(ticket.jobId)).toBe(true);
    expect(jobs.cancel(ticket.jobId)).toBe(true);
    await expect(jobs.wait(ticket.jobId)).resolves.toEqual({ jobId: ticket.jobId, status: 'cancelled' });
    const seen = progress.length;
    release();
    await tick();
    expect(secondStepRan).toBe(false);
    expect(progress.length).toBe(seen);
    expect(jobs.cancel(ticket.jobId)).toBe(false);
    expect(jobs.valueOf(ticket.jobId)).toBeUndefined();
  });

  it('gives the signal to work that can stop itself', async () => {
    const { jobs } = runner();
    let aborted = false;
    const ticket = jobs.start('Images', async (job) => {
      await new Promise<void>((resolve) => job.signal.addEventListener('abort', () => resolve()));
      aborted = job.signal.aborted;
      return null;
    });
    await tick();
    jobs.cancel(ticket.jobId);
    await tick();
    expect(aborted).toBe(true);
  });

  it('answers an unknown job id with a clear failure, and forgets old jobs', async () => {
    const { jobs } = runner(1);
    await expect(jobs.wait('job-999')).resolves.toMatchObject({ status: 'failed', error: { kind: 'not-found' } });
    const first = jobs.start('One', async () => 1);
    await jobs.wait(first.jobId);
    expect(jobs.valueOf(first.jobId)).toBe(1);
    const second = jobs.start('Two', async () => 2);
    await jobs.wait(second.jobId);
    expect(jobs.valueOf(second.jobId)).toBe(2);
    expect(jobs.valueOf(first.jobId)).toBeUndefined();
  });
});
