/** Every screen of the app. The wizard adds its own; a project route names the step it shows. */
export type Route =
  | { name: 'start' }
  | { name: 'new-widget' }
  | { name: 'project'; path: string; step: string; platform?: 'amocrm' | 'kommo' };

export const START_ROUTE: Route = { name: 'start' };
