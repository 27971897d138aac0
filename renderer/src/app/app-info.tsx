import { createContext, useContext } from 'react';
import type { AppInfo } from '../../../shared/ipc/types';

export const AppInfoContext = createContext<AppInfo>({ name: 'Widget Publisher', version: '', os: 'linux' });

export function useAppInfo(): AppInfo {
  return useContext(AppInfoContext);
}
