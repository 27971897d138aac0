/** Every screen of the app. The wizard adds its own; a project route names the step it shows. */
export type Route =
  | { name: 'start' }
  | { name: 'new-widget' }
  | {
      name: 'project';
      path: string;
      step: string;
      platform?: 'amocrm' | 'kommo';
      /** The widget.zip this folder was just saved from (the review says so once). */
      savedFrom?: string;
    };

export const START_ROUTE: Route = { name: 'start' };
