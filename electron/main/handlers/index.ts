import type { Handlers } from '../ipc-handle';
import { appHandlers } from './app-handlers';
import { dialogHandlers } from './dialog-handlers';
import type { HandlerDeps } from './handler-deps';
import { imageHandlers } from './image-handlers';
import { projectHandlers } from './project-handlers';
import { shellHandlers } from './shell-handlers';
import { wizardHandlers } from './wizard-handlers';

export type { Desktop, Dialogs, HandlerDeps } from './handler-deps';
export { PathGrants } from './path-grants';

/** Every channel of the contract, handled; the type makes a missing channel a compile error. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...appHandlers(deps),
    ...dialogHandlers(deps),
    ...projectHandlers(deps),
    ...imageHandlers(deps),
    ...shellHandlers(deps),
    ...wizardHandlers(deps),
  };
}
