import { describe, expect, it, vi } from 'vitest';
import { answerCloseRequests, flushBeforeClose } from '../../renderer/src/app/close-flush';

function fakeApi() {
  let listener: ((payload: { requestId: string }) => void) | null = null;
  return {
    onCloseRequest: vi.fn((next: (payload: { requestId: string }) => void) => {
      listener = next;
      return () => (listener = null);
    }),
    confirmCloseReady: vi.fn(async () => null),
    ask: (requestId: string) => listener?.({ requestId }),
  };
}

describe('closing the window waits for the page', () => {
  it('answers a close request only after every pending save finished, even when one of them failed', async () => {
    const api = fakeApi();
    const stop = answerCloseRequests(api);
    const order: string[] = [];
    let finishDraft: () => void = () => undefined;
    const unregisterDraft = flushBeforeClose(() => new Promise<void>((resolve) => (finishDraft = () => (order.push('draft saved'), resolve()))));
    const unregisterBroken = flushBeforeClose(async () => {
      throw new Error('disk full');
    });
    api.confirmCloseReady.mockImplementation(async () => (order.push('ready'), null));

    api.ask('close-7');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(api.confirmCloseReady).not.toHaveBeenCalled();
    finishDraft();
    await vi.waitFor(() => expect(api.confirmCloseReady).toHaveBeenCalledWith('close-7'));
    expect(order).toEqual(['draft saved', 'ready']);

    unregisterDraft();
    unregisterBroken();
    stop();
  });

  it('answers at once when nothing is pending', async () => {
    const api = fakeApi();
    const stop = answerCloseRequests(api);
    api.ask('close-8');
    await vi.waitFor(() => expect(api.confirmCloseReady).toHaveBeenCalledWith('close-8'));
    stop();
  });
});
