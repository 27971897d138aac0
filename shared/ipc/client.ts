import { API_METHODS, EVENT_METHODS, type ApiMethodName, type EventMethodName, type WidgetPublisherApi, type WidgetPublisherBridge } from './contract';
import type { ApiErrorInfo, ApiErrorKind, IpcEnvelope, JobOutcome, JobTicket } from './types';

/** A failure reported by main, with what the user needs to act on it. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly file: string | null;
  readonly line: number | null;

  constructor(info: ApiErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.kind = info.kind;
    this.file = info.file;
    this.line = info.line;
  }

  toInfo(): ApiErrorInfo {
    return { kind: this.kind, message: this.message, file: this.file, line: this.line };
  }
}

function unwrap<T>(envelope: IpcEnvelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new ApiError(envelope.error);
}

/** The renderer's view of the bridge: plain values, or a thrown ApiError. */
export function createClient(bridge: WidgetPublisherBridge): WidgetPublisherApi {
  const client: Record<string, unknown> = {};
  for (const name of Object.keys(API_METHODS) as ApiMethodName[]) {
    const call = bridge[name] as (...args: unknown[]) => Promise<IpcEnvelope<unknown>>;
    client[name] = async (...args: unknown[]) => unwrap(await call(...args));
  }
  for (const name of Object.keys(EVENT_METHODS) as EventMethodName[]) {
    client[name] = bridge[name];
  }
  client.pathForFile = (file: File) => bridge.pathForFile(file);
  return client as unknown as WidgetPublisherApi;
}

/** Wait for a job started by a ticket; the outcome is typed by the ticket. */
export async function awaitJob<T>(api: Pick<WidgetPublisherApi, 'awaitJob'>, ticket: JobTicket<T>): Promise<JobOutcome<T>> {
  return (await api.awaitJob(ticket.jobId)) as JobOutcome<T>;
}

export function toErrorInfo(error: unknown): ApiErrorInfo {
  if (error instanceof ApiError) return error.toInfo();
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error), file: null, line: null };
}
