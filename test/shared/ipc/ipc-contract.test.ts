import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, EVENT_METHODS, INVOKE_CHANNELS, type WidgetPublisherBridge } from '../../../shared/ipc/contract';
import { ApiError, createClient } from '../../../shared/ipc/client';
import { createBridge } from '../../../shared/ipc/create-bridge';
import { MAX_DRAFT_JSON_BYTES } from '../../../shared/ipc/draft';
import type { IpcEnvelope } from '../../../shared/ipc/types';
import { absolutePath, ARG_SCHEMAS } from '../../../shared/ipc/schemas';

describe('IPC contract', () => {
  it('names every channel once, with a schema for each', () => {
    expect(new Set(Object.values(API_METHODS)).size).toBe(Object.keys(API_METHODS).length);
    expect(Object.keys(ARG_SCHEMAS).sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('accepts absolute paths of every OS and nothing else', () => {
    for (const path of ['/home/dev/widget', 'C:\\Users\\dev\\widget', 'D:/widgets/a', '\\\\server\\share\\widget']) expect(absolutePath.safeParse(path).success, path).toBe(true);
    for (const path of ['widget', './widget', '../etc', '', '/a\0b', 'C:relative']) expect(absolutePath.safeParse(path).success, path).toBe(false);
  });

  it('refuses a draft too big to be something a person typed', () => {
    const big = { howItWorks: 'x'.repeat(19_000), wizard: { blob: 'y'.repeat(MAX_DRAFT_JSON_BYTES) } };
    expect(ARG_SCHEMAS['drafts:save'].safeParse(['/w', big]).success).toBe(false);
    expect(ARG_SCHEMAS['drafts:save'].safeParse(['/w', { companyName: 'Acme', wizard: { step: 'basics' } }]).success).toBe(true);
  });
});

describe('bridge and client', () => {
  function transport() {
    return {
      invoke: vi.fn(
        async (channel: string): Promise<IpcEnvelope<unknown>> =>
          channel === 'settings:get'
            ? { ok: true, value: { language: 'en', theme: 'dark' } }
            : { ok: false, error: { kind: 'config', message: 'bad config', file: 'widget-publisher.json', line: 4 } },
      ),
      subscribe: vi.fn(() => () => undefined),
      pathForFile: vi.fn(() => '/x'),
    };
  }

  it('builds one function per method and nothing generic', () => {
    const bridge = createBridge(transport());
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(API_METHODS), ...Object.keys(EVENT_METHODS), 'pathForFile'].sort());
  });

  it('unwraps values and turns failures into ApiError with kind, file and line', async () => {
    const client = createClient(createBridge(transport()) as WidgetPublisherBridge);
    await expect(client.getPreferences()).resolves.toEqual({ language: 'en', theme: 'dark' });
    const failure = await client.openProject('/w', {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ kind: 'config', message: 'bad config', file: 'widget-publisher.json', line: 4 });
  });
});
