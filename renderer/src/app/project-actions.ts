import { useCallback, useMemo } from 'react';
import { toErrorInfo } from '../../../shared/ipc/client';
import type { ApiErrorInfo } from '../../../shared/ipc/types';
import { getApi } from './api';
import { startOpening } from './early-open';
import { useRouter } from './router';

/** Open a folder or zip through the native dialogs, or a known path; shared by the start screen and the menu. */
export function useProjectActions(onError: (error: ApiErrorInfo) => void) {
  const { navigate } = useRouter();

  const openPath = useCallback(
    (path: string) => {
      startOpening(path);
      navigate({ name: 'project', path, step: 'check' });
    },
    [navigate],
  );

  const choose = useCallback(
    async (pick: () => Promise<string | null>) => {
      try {
        const path = await pick();
        if (path) openPath(path);
      } catch (error) {
        onError(toErrorInfo(error));
      }
    },
    [onError, openPath],
  );

  return useMemo(
    () => ({
      openPath,
      openFolder: () => choose(() => getApi().chooseFolder()),
      openZip: () => choose(() => getApi().chooseZip()),
      newWidget: () => navigate({ name: 'new-widget' }),
    }),
    [choose, navigate, openPath],
  );
}
