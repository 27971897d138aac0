import { useCallback, useEffect, useRef, useState } from 'react';
import { awaitJob, toErrorInfo } from '../../../shared/ipc/client';
import type { ApiErrorInfo, JobOutcome, JobTicket } from '../../../shared/ipc/types';
import { getApi } from '../app/api';
import { useJobProgress } from './job-progress';

export type JobState<T> =
  | { status: 'idle' }
  | { status: 'running'; jobId: string | null }
  | { status: 'done'; value: T }
  | { status: 'failed'; error: ApiErrorInfo }
  | { status: 'cancelled' };

/** Run one long job at a time from a screen: its state, live progress, and cancel. */
export function useJob<T>() {
  const [state, setState] = useState<JobState<T>>({ status: 'idle' });
  const current = useRef<string | null>(null);
  const mounted = useRef(true);
  const jobId = state.status === 'running' ? state.jobId : null;
  const progress = useJobProgress(jobId);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (start: () => Promise<JobTicket<T>>): Promise<JobOutcome<T> | null> => {
    setState({ status: 'running', jobId: null });
    let outcome: JobOutcome<T>;
    try {
      const ticket = await start();
      current.current = ticket.jobId;
      if (mounted.current) setState({ status: 'running', jobId: ticket.jobId });
      outcome = await awaitJob(getApi(), ticket);
    } catch (error) {
      if (mounted.current) setState({ status: 'failed', error: toErrorInfo(error) });
      return null;
    }
    // A newer run replaced this one: its result is not ours to show.
    if (!mounted.current || current.current !== outcome.jobId) return outcome;
    current.current = null;
    if (outcome.status === 'done') setState({ status: 'done', value: outcome.value });
    else if (outcome.status === 'failed') setState({ status: 'failed', error: outcome.error });
    else setState({ status: 'cancelled' });
    return outcome;
  }, []);

  const cancel = useCallback(() => {
    if (current.current) void getApi().cancelJob(current.current);
  }, []);

  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return { state, progress, run, cancel, reset };
}
