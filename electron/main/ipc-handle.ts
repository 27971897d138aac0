import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  INVOKE_CHANNELS,
  type ChannelArgs,
  type ChannelResult,
  type EventChannel,
  type EventContract,
  type InvokeChannel,
} from '../../shared/ipc/contract';
import { ARG_SCHEMAS, describeArgsProblem } from '../../shared/ipc/schemas';
import type { ApiErrorInfo, IpcEnvelope } from '../../shared/ipc/types';
import { InvalidArgumentsError } from './error-info';

/**
 * The only file in main that touches ipcMain (a lint rule keeps it so): every channel goes through
 * `handle`, which checks the sender and validates the arguments before a handler sees them.
 */

export type Handler<C extends InvokeChannel> = (...args: ChannelArgs<C>) => Promise<ChannelResult<C>> | ChannelResult<C>;
export type Handlers = { [C in InvokeChannel]: Handler<C> };

export type Dispatch = (channel: string, args: readonly unknown[]) => Promise<IpcEnvelope<unknown>>;

function isInvokeChannel(channel: string): channel is InvokeChannel {
  return (INVOKE_CHANNELS as readonly string[]).includes(channel);
}

/** Validate, run, wrap: the same path for Electron's IPC and for the browser test harness. */
export function createDispatcher(handlers: Handlers, describeError: (error: unknown) => ApiErrorInfo): Dispatch {
  return async (channel, args) => {
    try {
      if (!isInvokeChannel(channel)) throw new InvalidArgumentsError(channel, 'no such channel');
      const parsed = ARG_SCHEMAS[channel].safeParse(args);
      if (!parsed.success) throw new InvalidArgumentsError(channel, describeArgsProblem(parsed.error));
      const handler = handlers[channel] as (...validArgs: unknown[]) => unknown;
      const value = await handler(...(parsed.data as unknown[]));
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: describeError(error) };
    }
  };
}

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

const FOREIGN_SENDER: ApiErrorInfo = {
  kind: 'forbidden',
  message: 'This request did not come from the Widget Publisher window and was refused.',
  file: null,
  line: null,
};

/** Register every channel of the contract; returns a function that removes them again. */
export function handle(dispatch: Dispatch, isTrustedSender: SenderCheck): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event)) return { ok: false, error: FOREIGN_SENDER } satisfies IpcEnvelope<never>;
      return dispatch(channel, args);
    });
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** Push an event to the window, if it is still there. */
export function sendEvent<C extends EventChannel>(target: WebContents | null | undefined, channel: C, payload: EventContract[C]): void {
  if (!target || target.isDestroyed()) return;
  target.send(channel, payload);
}
