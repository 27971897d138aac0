import { lazy } from 'react';

// The start screen is what the app shows first: the project and new-widget screens (the wizard, its
// draft model and settings schema, half the page's code) load in their own chunks, fetched once the
// start screen is painted.
const loadProjectScreen = () => import('../project/ProjectScreen');
const loadNewWidgetScreen = () => import('../new-widget/NewWidgetScreen');

export const ProjectScreen = lazy(() => loadProjectScreen().then((module) => ({ default: module.ProjectScreen })));
export const NewWidgetScreen = lazy(() => loadNewWidgetScreen().then((module) => ({ default: module.NewWidgetScreen })));

/**
 * Fetch the other screens' code right after the start screen's first paint (effects run after it): a
 * click on Open within the first second must not wait for it, and an idle callback can come late on a
 * busy machine.
 */
export function preloadScreens(): () => void {
  const timer = setTimeout(() => {
    void loadProjectScreen();
    void loadNewWidgetScreen();
  }, 0);
  return () => clearTimeout(timer);
}
