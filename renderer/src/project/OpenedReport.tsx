import { useTranslation } from 'react-i18next';
import type { OpenedProject } from '../../../shared/ipc/types';
import { platformProfile } from '../../../shared/platform/profiles';
import { FindingsReport } from './FindingsReport';

/** A folder or zip with a manifest: what the wizard edits. Without one the wizard starts a new widget and checks that instead. */
export function hasManifestFile(project: OpenedProject): boolean {
  return project.files.some((file) => file.path === 'manifest.json');
}

/**
 * Code check while the wizard is still reading the files: the report of the check that opened them,
 * on screen as soon as that check answers. The wizard's own check step replaces it once it is ready.
 */
export function OpenedReport({ project }: { project: OpenedProject }) {
  const { t } = useTranslation();
  return (
    <section className="step" aria-labelledby="step-title">
      <header className="step__header">
        <h1 id="step-title">{t('check.title')}</h1>
        <p className="step__subtitle">{t('check.subtitle', { platform: platformProfile(project.platform).displayName })}</p>
      </header>
      <FindingsReport findings={project.report.findings} ruleHelp={project.ruleHelp} />
    </section>
  );
}
