import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { editConfig } from '../../../../shared/draft/draft-config';
import type { WidgetDraft } from '../../../../shared/draft/widget-draft';
import { Button } from '../../components/Button';
import { useWizard } from '../wizard-context';

/** The checker's rule for files nothing in the widget refers to (a README, a LICENSE, screenshots, a backup copy). */
export const UNUSED_FILE_RULE_ID = 'package/unused-file';

/** The paths the unused-file rule reported, in the order of the findings, each once. */
export function unusedFilePaths(findings: readonly { ruleId: string; file: string | null }[]): string[] {
  return [...new Set(findings.filter((finding) => finding.ruleId === UNUSED_FILE_RULE_ID && finding.file).map((finding) => finding.file as string))];
}

export function leaveOutOfZip(draft: WidgetDraft, path: string): WidgetDraft {
  return editConfig(draft, (config) => ({ ...config, ignore: [...(config.ignore ?? []).filter((entry) => entry !== path), path] }));
}

export function keepInZip(draft: WidgetDraft, path: string): WidgetDraft {
  return editConfig(draft, (config) => ({ ...config, ignore: (config.ignore ?? []).filter((entry) => entry !== path) }));
}

export function deleteOnSave(draft: WidgetDraft, path: string): WidgetDraft {
  return { ...draft, removedFiles: [...draft.removedFiles.filter((entry) => entry !== path), path] };
}

export function keepFile(draft: WidgetDraft, path: string): WidgetDraft {
  return { ...draft, removedFiles: draft.removedFiles.filter((entry) => entry !== path) };
}

/**
 * Review › Files nothing refers to: each unused file with one click to leave it out of the zip
 * (added to the ignore list) or to delete it with the next Save, and what was chosen, with undo.
 */
export function UnusedFiles() {
  const { t } = useTranslation();
  const { live, widget, base, update } = useWizard();
  const unused = unusedFilePaths(live?.findings ?? []);
  const exists = (path: string) => base.files.some((file) => file.path === path || (path.endsWith('/') && file.path.startsWith(path)));
  const leftOut = (widget.config?.ignore ?? []).filter((entry) => exists(entry) && !unused.includes(entry));
  const deleting = widget.removedFiles.filter((entry) => !unused.includes(entry));
  if (unused.length + leftOut.length + deleting.length === 0) return null;

  const row = (path: string, status: string | null, actions: ReactNode) => (
    <li key={path} className="unused-file" data-path={path}>
      <code className="unused-file__path">{path}</code>
      {status && <span className="pill">{status}</span>}
      <span className="unused-file__actions">{actions}</span>
    </li>
  );

  return (
    <section className="card form-stack" aria-labelledby="unused-title" id="review-unused-files">
      <div>
        <h2 id="unused-title">{t('wizard.review.unusedTitle')}</h2>
        <p className="card__subtitle">{t('wizard.review.unusedHelp')}</p>
      </div>
      <ul className="unused-files">
        {unused.map((path) =>
          row(
            path,
            null,
            <>
              <Button size="sm" disabled={widget.config === null} onClick={() => update((draft) => leaveOutOfZip(draft, path))}>
                {t('wizard.review.leaveOut')}
              </Button>
              <Button size="sm" variant="danger" onClick={() => update((draft) => deleteOnSave(draft, path))}>
                {t('wizard.review.deleteFile')}
              </Button>
            </>,
          ),
        )}
        {leftOut.map((path) =>
          row(
            path,
            t('wizard.review.leftOut'),
            <Button size="sm" variant="ghost" onClick={() => update((draft) => keepInZip(draft, path))}>
              {t('common.undo')}
            </Button>,
          ),
        )}
        {deleting.map((path) =>
          row(
            path,
            t('wizard.review.deletedOnSave'),
            <Button size="sm" variant="ghost" onClick={() => update((draft) => keepFile(draft, path))}>
              {t('common.undo')}
            </Button>,
          ),
        )}
      </ul>
    </section>
  );
}
