import { Suspense, useCallback, useEffect, useState } from 'react';
import type { ApiErrorInfo, MenuCommand } from '../../../shared/ipc/types';
import { Banner } from '../components/Banner';
import { PreferencesDialog } from '../preferences/PreferencesDialog';
import { StartScreen } from '../start/StartScreen';
import { getApi } from './api';
import { emitAppEvent } from './app-events';
import { answerCloseRequests } from './close-flush';
import { NoticeArea } from './NoticeArea';
import { useProjectActions } from './project-actions';
import { useRouter } from './router';
import { NewWidgetScreen, preloadScreens, ProjectScreen } from './screens';

/** The screens, the preferences dialog, and the application menu's commands. */
export function App() {
  const { route } = useRouter();
  const [preferencesOpen, setPreferencesOpen] = useState(false);
  const [menuError, setMenuError] = useState<ApiErrorInfo | null>(null);
  const actions = useProjectActions(setMenuError);
  const openPreferences = useCallback(() => setPreferencesOpen(true), []);

  useEffect(() => answerCloseRequests(getApi()), []);
  useEffect(() => preloadScreens(), []);

  useEffect(
    () =>
      getApi().onMenuCommand((command: MenuCommand) => {
        if (command.command === 'open-folder') void actions.openFolder();
        else if (command.command === 'open-zip') void actions.openZip();
        else if (command.command === 'open-recent') actions.openPath(command.path);
        else if (command.command === 'new-widget') actions.newWidget();
        else if (command.command === 'export') emitAppEvent('export-requested');
        else if (command.command === 'preferences') setPreferencesOpen(true);
      }),
    [actions],
  );

  return (
    <>
      <NoticeArea />
      {menuError && (
        <div className="notices">
          <Banner tone="error" onDismiss={() => setMenuError(null)}>
            {menuError.message}
          </Banner>
        </div>
      )}
      {route.name === 'start' && <StartScreen onOpenPreferences={openPreferences} />}
      <Suspense fallback={null}>
        {route.name === 'new-widget' && <NewWidgetScreen onOpenPreferences={openPreferences} />}
        {route.name === 'project' && <ProjectScreen path={route.path} stepId={route.step} platform={route.platform} onOpenPreferences={openPreferences} />}
      </Suspense>
      <PreferencesDialog open={preferencesOpen} onClose={() => setPreferencesOpen(false)} />
    </>
  );
}
