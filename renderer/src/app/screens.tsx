import { lazy } from 'react';

// The start screen is what the app shows first: the project and new-widget screens (the wizard, its
// draft model and settings schema, half the page's code) load in their own chunks, fetched once the
// start screen is painted so opening a widget never waits for them.
const loadProjectScreen = () => import('../project/ProjectScreen');
const loadNewWidgetScreen = () => import('../new-widget/NewWidgetScreen');

export const ProjectScreen = lazy(() => loadProjectScreen().then((module) => ({ default: module.ProjectScreen })));
export const NewWidgetScreen = lazy(() => loadNewWidgetScreen().then((module) => ({ default: module.NewWidgetScreen })));

/** Fetch the other screens' code when the page is idle after its first paint. */
export function preloadScreens(): () => void {
  const load = () => {
    void loadProjectScreen();
    void loadNewWidgetScreen();
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(load, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(load, 50);
  return () => clearTimeout(timer);
}
