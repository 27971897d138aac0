import { basename } from 'node:path';
import type { ExportResult, FixSummary, OpenedProject, PackagePlanView } from '../../../shared/ipc/types';
import type { ModerationMessageResult } from '../../../shared/ipc/message-types';
import { MessageInputError, writeModerationMessage, type ModerationInfo } from '../../../shared/message/moderation-message';
import { ruleHelpFor } from '../../../shared/rules/rule-help';
import type { WidgetConfig } from '../../../shared/config/widget-config';
import type { WidgetSnapshot } from '../../../shared/model/snapshot';
import type { PlatformId } from '../../../shared/platform/profiles';
import { writeFileAtomic } from '../../services/atomic-write';
import { readImageTexts } from '../../services/image-text/image-text-reader';
import type { JobContext } from '../../services/jobs';
import { fixWidgetFolder } from '../../services/widget-fixer';
import { leftOutOfPackage, planPackage, writeWidgetZip } from '../../services/widget-packer';
import { createWidgetChecker } from '../../services/widget-checker';
import { readWidget } from '../../services/widget-reader';
import type { Handlers } from '../ipc-handle';
import type { HandlerDeps } from './handler-deps';
import { snapshotI18n, snapshotJson, widgetDisplayName } from './widget-texts';

/** Findings the one-click fix repairs (folders only: a zip is never changed in place). */
const FIXABLE_RULE_IDS = ['file/bom', 'file/crlf'];

function nonEmpty(moderation: ModerationInfo): ModerationInfo {
  return Object.fromEntries(Object.entries(moderation).filter(([, value]) => typeof value === 'string' && value.trim() !== ''));
}

type ProjectChannels = 'project:open' | 'project:fix' | 'project:plan' | 'project:export' | 'message:write' | 'file:save-text';

/** Thin: read with the reader service, check with the shared checker, pack with the packer. */
export function projectHandlers(deps: HandlerDeps): Pick<Handlers, ProjectChannels> {
  const { settings, jobs, grants } = deps;
  const checker = deps.checker ?? createWidgetChecker(null);

  const remember = (project: OpenedProject, picked: boolean) => {
    settings.rememberProject({
      path: project.path,
      name: project.name,
      platform: project.platform,
      kind: project.kind,
      lastResult: { ...project.report.summary, checkedAt: project.checkedAt },
      ...(picked ? { picked } : {}),
    });
    deps.onRecentChanged();
  };

  /** The words in slides and logos, read in tesseract.js's worker thread while the job reports progress. */
  const withImageText = async (snapshot: WidgetSnapshot, config: WidgetConfig, platform: PlatformId | undefined, job: JobContext, span: [number, number]) => {
    if (!deps.imageTextCache) return snapshot;
    const [from, to] = span;
    job.progress(from, 'Reading the words in slides and logos');
    const result = await readImageTexts(snapshot, config, {
      cacheFolder: deps.imageTextCache,
      platform,
      onProgress: (done, total) => job.progress(from + ((to - from) * done) / Math.max(1, total), 'Reading the words in slides and logos'),
    });
    return { ...snapshot, imageText: result.texts };
  };

  return {
    'project:open': (path, options) =>
      jobs.start(`Checking ${basename(path)}`, async (job) => {
        job.progress(0.05, 'Reading the widget, the words in its images, and checking every rule');
        // Read and checked off the main thread (the check worker), so the window stays responsive.
        const opened = await checker.open(path, options.platform, job.signal, deps.imageTextCache);
        job.throwIfCancelled();
        const { report, source } = opened;
        const project: OpenedProject = {
          path: source.path,
          kind: source.kind,
          name: widgetDisplayName(opened.texts, settings.getPreferences().language),
          platform: report.platform,
          nestedRoot: opened.nestedRoot,
          files: opened.files,
          report,
          ruleHelp: ruleHelpFor(report.findings),
          fixableRuleIds: source.kind === 'folder' ? FIXABLE_RULE_IDS : [],
          checkedAt: new Date().toISOString(),
        };
        // Writes only where the user chose in a native dialog (now, or when the recent entry was made).
        const picked = grants.wasPicked(path) || settings.isPickedRecent(project.path);
        if (project.kind === 'folder' && picked) grants.grantFolder(project.path);
        remember(project, picked);
        return project;
      }),

    'project:fix': async (folder): Promise<FixSummary> => {
      grants.assertInsideFolder(folder, 'Fixes');
      const { snapshot } = await readWidget(folder);
      const fixed = await fixWidgetFolder(folder, snapshot);
      return { folder, fixed };
    },

    'project:plan': async (path): Promise<PackagePlanView> => {
      const { snapshot } = await readWidget(path);
      const entries = planPackage(snapshot);
      return {
        entries,
        excluded: leftOutOfPackage(snapshot),
        totalBytes: entries.reduce((sum, entry) => sum + entry.size, 0),
      };
    },

    'project:export': (path, outPath, options) => {
      grants.assertFile(outPath, 'widget.zip');
      return jobs.start(`Exporting ${basename(outPath)}`, async (job): Promise<ExportResult> => {
        job.progress(0.05, 'Reading the widget');
        const { snapshot: read, config } = await readWidget(path);
        job.throwIfCancelled();
        const snapshot = await withImageText(read, config, options.platform, job, [0.1, 0.4]);
        job.throwIfCancelled();
        job.progress(0.4, 'Checking every rule');
        const report = await checker.check(snapshot, { platform: options.platform, config }, job.signal);
        settings.recordCheckResult(snapshot.source.path, { ...report.summary, checkedAt: new Date().toISOString() });
        deps.onRecentChanged();
        // The promise of the product: nothing moderation would reject leaves through the app.
        if (report.summary.errors > 0) return { status: 'refused', report };
        job.throwIfCancelled();
        job.progress(0.7, 'Writing widget.zip');
        const written = await writeWidgetZip(snapshot, outPath, { signal: job.signal });
        return { status: 'written', path: written.path, bytes: written.bytes, files: written.files, report };
      });
    },

    'message:write': async (request): Promise<ModerationMessageResult> => {
      const { snapshot, config } = await readWidget(request.projectPath);
      const moderation: ModerationInfo = { ...config.moderation, ...nonEmpty(request.moderation) };
      try {
        const text = writeModerationMessage(
          { manifest: snapshotJson(snapshot, 'manifest.json'), i18n: snapshotI18n(snapshot), moderation },
          { lang: request.lang, update: request.update, platform: request.platform ?? config.platform },
        );
        return { status: 'written', text };
      } catch (error) {
        if (error instanceof MessageInputError) return { status: 'missing', missing: [...error.missing] };
        throw error;
      }
    },

    'file:save-text': async (path, text) => {
      grants.assertFile(path, 'The file');
      await writeFileAtomic(path, text);
      return null;
    },
  };
}
