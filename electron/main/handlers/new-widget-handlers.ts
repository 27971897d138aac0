import { readdir } from 'node:fs/promises';
import { checkWidget } from '../../../shared/check/check-widget';
import type { NewWidgetResult } from '../../../shared/ipc/types';
import { resolveInitInput } from '../../../shared/scaffold/scaffold-answers';
import { UserError } from '../../services/user-error';
import { buildNewWidget, writeNewWidget } from '../../services/widget-scaffolder';
import type { Handlers } from '../ipc-handle';
import type { HandlerDeps } from './handler-deps';

export async function refuseNonEmptyFolder(folder: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (entries.length > 0) {
    throw new UserError(`${folder} is not empty. Choose a new or empty folder for the new widget, or open the existing widget instead.`, folder);
  }
}

/** New widget: the same path as `widget-publisher init`, so what the app creates passes check. */
export function newWidgetHandlers(deps: HandlerDeps): Pick<Handlers, 'project:create'> {
  return {
    'project:create': async (request): Promise<NewWidgetResult> => {
      deps.grants.assertInsideFolder(request.folder, 'A new widget');
      await refuseNonEmptyFolder(request.folder);
      const resolved = resolveInitInput({
        platform: request.platform,
        locales: request.locales,
        company: request.company,
        name: { byLocale: request.names },
        teaser: { byLocale: request.teasers },
        description: { byLocale: request.descriptions },
        supportEmail: request.supportEmail,
      });
      if (!resolved.ok) return { status: 'invalid', problems: resolved.problems };
      const widget = await buildNewWidget(resolved.answers, request.folder);
      const report = checkWidget(widget.snapshot, { config: widget.config });
      const blocking = report.findings.filter((finding) => finding.severity !== 'info');
      if (blocking.length > 0) {
        return { status: 'invalid', problems: blocking.map((finding) => `${finding.file ? `${finding.file}: ` : ''}${finding.message}`) };
      }
      await writeNewWidget(request.folder, widget.files);
      return { status: 'created', path: request.folder, files: widget.files.map((file) => file.path) };
    },
  };
}
