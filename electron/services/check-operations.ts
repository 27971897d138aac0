import { checkWidget } from '../../shared/check/check-widget';
import type { CheckReport } from '../../shared/check/run-rules';
import type { WidgetConfig } from '../../shared/config/widget-config';
import type { ProjectFile } from '../../shared/ipc/types';
import type { WidgetSnapshot } from '../../shared/model/snapshot';
import type { PlatformId } from '../../shared/platform/profiles';
import { readImageTexts } from './image-text/image-text-reader';
import { readWidget } from './widget-reader';

export interface WorkerCheckOptions {
  platform?: PlatformId;
  config?: WidgetConfig;
}

/** An opened widget as the window needs it: no file bytes, so little crosses back to the main thread. */
export interface OpenedWidget {
  source: WidgetSnapshot['source'];
  nestedRoot: string | null;
  files: ProjectFile[];
  report: CheckReport;
  /** The snapshot itself, for naming the widget (manifest and i18n only). */
  texts: WidgetSnapshot;
}

export type CheckOperation =
  | { op: 'check'; snapshot: WidgetSnapshot; options: WorkerCheckOptions }
  | { op: 'open'; path: string; platform?: PlatformId; imageTextCache?: string };

export type CheckOperationResult = CheckReport | OpenedWidget;

/** What a widget's name and texts come from: manifest.json and the i18n files, without the other bytes. */
function textsOnly(snapshot: WidgetSnapshot): WidgetSnapshot {
  return { ...snapshot, files: snapshot.files.filter((file) => file.path === 'manifest.json' || /^i18n\/[^/]+\.json$/.test(file.path)) };
}

/** The work itself, the same in the worker and in-process. */
export async function runCheckOperation(operation: CheckOperation): Promise<CheckOperationResult> {
  if (operation.op === 'check') return checkWidget(operation.snapshot, operation.options);
  const { snapshot: read, config } = await readWidget(operation.path);
  // The words in slides and logos (image/foreign-text): tesseract.js reads them in worker threads of its own.
  const snapshot = operation.imageTextCache
    ? { ...read, imageText: (await readImageTexts(read, config, { cacheFolder: operation.imageTextCache, platform: operation.platform })).texts }
    : read;
  const report = checkWidget(snapshot, { platform: operation.platform, config });
  return {
    source: snapshot.source,
    nestedRoot: snapshot.nestedRoot,
    files: snapshot.files.map((file) => ({ path: file.path, size: file.size })),
    report,
    texts: textsOnly(snapshot),
  };
}
