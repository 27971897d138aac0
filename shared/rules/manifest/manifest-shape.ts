/**
 * The value types manifest.json keys must have, from the parameter table of the structure page
 * and Kommo's manifest reference. Keys not listed here are allowed: real widgets carry their own.
 * Whether a key must exist is manifest/required-field's job; the rules of a block's content
 * (settings fields, URLs, locales) have rules of their own.
 */
export type Shape =
  | { type: 'string' }
  | { type: 'boolean' }
  | { type: 'integer' }
  | { type: 'hex-color' }
  | { type: 'array'; items?: Shape }
  | {
      type: 'object';
      fields?: Readonly<Record<string, Shape>>;
      /** Shape of every value (settings: every field is an object). */
      values?: Shape;
      /** Shape of the values that are objects; other values are left alone (salesbot_designer.logo). */
      objectValues?: Shape;
      /** `[]` means "none" here: PHP writes an empty settings map as an empty array. */
      emptyArrayAllowed?: boolean;
    };

const string: Shape = { type: 'string' };
const boolean: Shape = { type: 'boolean' };
const stringArray: Shape = { type: 'array', items: string };
const settingsMap: Shape = { type: 'object', values: { type: 'object' }, emptyArrayAllowed: true };

export const MANIFEST_SHAPE: Shape = {
  type: 'object',
  fields: {
    widget: {
      type: 'object',
      fields: {
        name: string,
        description: string,
        short_description: string,
        code: string,
        secret_key: string,
        interface_version: { type: 'integer' },
        init_once: boolean,
        locale: stringArray,
        installation: boolean,
        is_showcase: boolean,
        support: { type: 'object', fields: { link: string, email: string } },
      },
    },
    locations: stringArray,
    tour: {
      type: 'object',
      fields: {
        is_tour: boolean,
        tour_images: { type: 'object', values: stringArray },
        tour_description: string,
      },
    },
    settings: settingsMap,
    dp: {
      type: 'object',
      fields: { settings: settingsMap, action_multiple: boolean, webhook_url: string, title: string },
    },
    advanced: { type: 'object', fields: { title: string } },
    salesbot_designer: {
      type: 'object',
      objectValues: { type: 'object', fields: { name: string, settings: settingsMap } },
    },
    sms: { type: 'object', fields: { endpoint: string } },
    mobile: { type: 'object', fields: { frame_url: string, color: { type: 'hex-color' } } },
    left_menu: { type: 'object' },
    amoforms_settings: { type: 'object', fields: { title: string, required: boolean, error_text: string } },
  },
};
