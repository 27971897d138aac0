import type { Handlers } from '../ipc-handle';
import type { HandlerDeps } from './handler-deps';

type AppChannels =
  | 'app:info'
  | 'app:take-notices'
  | 'settings:get'
  | 'settings:update'
  | 'recent:list'
  | 'recent:forget'
  | 'drafts:get'
  | 'drafts:save'
  | 'jobs:await'
  | 'jobs:cancel'
  | 'window:close-ready';

export function appHandlers(deps: HandlerDeps): Pick<Handlers, AppChannels> {
  const { settings, jobs } = deps;
  return {
    'app:info': () => ({ ...deps.app }),
    'app:take-notices': () => {
      deps.onPageStarted();
      return settings.takeNotices();
    },
    'settings:get': () => settings.getPreferences(),
    'settings:update': (patch) => {
      const preferences = settings.updatePreferences(patch);
      deps.onPreferencesChanged(preferences);
      return preferences;
    },
    'recent:list': () => settings.listRecentProjects(),
    'recent:forget': (path) => {
      const recent = settings.forgetProject(path);
      deps.onRecentChanged();
      return recent;
    },
    'drafts:get': (projectPath) => settings.getDraft(projectPath),
    'drafts:save': (projectPath, draft) => settings.saveDraft(projectPath, draft),
    'jobs:await': (jobId) => jobs.wait(jobId),
    'jobs:cancel': (jobId) => jobs.cancel(jobId),
    'window:close-ready': (requestId) => {
      deps.onCloseReady(requestId);
      return null;
    },
  };
}
