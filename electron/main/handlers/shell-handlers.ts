import { stat } from 'node:fs/promises';
import { ForbiddenError } from '../error-info';
import type { Handlers } from '../ipc-handle';
import { isSafeExternalUrl } from '../security';
import type { HandlerDeps } from './handler-deps';

type ShellChannels = 'shell:reveal' | 'shell:open-external' | 'clipboard:write-text';

export function shellHandlers(deps: HandlerDeps): Pick<Handlers, ShellChannels> {
  const { desktop } = deps;
  return {
    'shell:reveal': async (path) => {
      // Throws ENOENT (described as "does not exist any more") instead of opening nothing.
      await stat(path);
      desktop.revealInFolder(path);
      return null;
    },
    'shell:open-external': async (url) => {
      if (!isSafeExternalUrl(url)) throw new ForbiddenError(`Only https links open in the browser; ${url.slice(0, 200)} was not opened.`);
      await desktop.openExternal(url);
      return null;
    },
    'clipboard:write-text': (text) => {
      desktop.writeClipboard(text);
      return null;
    },
  };
}
