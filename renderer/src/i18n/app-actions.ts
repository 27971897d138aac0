import type { FixAction } from '../../../shared/model/finding';
import { projectStepOf, type ProjectStepId } from '../project/step-ids';
import type { WizardStep } from '../../../shared/draft/wizard-steps';
import { WIZARD_STEPS } from '../../../shared/draft/wizard-steps';

/** Where the app does an action: a step, and the section or field of it the words name. */
export interface AppActionTarget {
  step: ProjectStepId;
}

/** An action in the app's words: an i18n key with its values, and the step the link opens (null: nowhere to go). */
export interface AppAction {
  key: string;
  values: Record<string, string>;
  target: AppActionTarget | null;
}

/** Settings of widget-publisher.json the Code check step's "Check settings" section edits, with their i18n field names. */
const CHECK_SETTINGS: Record<string, string> = {
  'css.rootSelectors': 'rootSelectors',
  ignore: 'ignore',
  vendor: 'vendor',
  rules: 'rules',
};

function isWizardStep(step: string): step is WizardStep {
  return (WIZARD_STEPS as readonly string[]).includes(step);
}

/**
 * The app's words for what the tool can do about a finding, as data the UI translates: a step, field or button
 * and a link to it. Never a command line: the CLI words the same actions in shared/format/cli-actions.ts.
 */
export function appActionOf(action: FixAction): AppAction | null {
  switch (action.kind) {
    case 'fix-text-files':
      return { key: 'wizard.advice.fixTextFiles', values: {}, target: { step: 'check' } };
    case 'pack-zip':
      return { key: 'wizard.advice.packZip', values: {}, target: { step: 'export' } };
    case 'make-logos':
      return action.file
        ? { key: 'wizard.advice.makeLogo', values: { file: action.file }, target: { step: 'branding' } }
        : { key: 'wizard.advice.makeLogos', values: {}, target: { step: 'branding' } };
    case 'make-slides':
      return action.locale
        ? { key: 'wizard.advice.makeSlidesFor', values: { locale: action.locale }, target: { step: 'tour' } }
        : { key: 'wizard.advice.makeSlides', values: {}, target: { step: 'tour' } };
    case 'set-config':
      return setConfigAction(action.key, action.value);
    case 'ignore-file':
      return { key: 'wizard.advice.ignoreFile', values: { path: action.path }, target: { step: 'export' } };
    case 'delete-file':
      return { key: 'wizard.advice.deleteFile', values: { path: action.path }, target: { step: 'export' } };
    case 'edit-in-step': {
      if (!isWizardStep(action.step)) return null;
      const step = projectStepOf(action.step);
      return action.field
        ? { key: 'wizard.advice.editField', values: { step, field: action.field }, target: { step } }
        : { key: 'wizard.advice.editStep', values: { step }, target: { step } };
    }
    case 'new-widget':
      return { key: 'wizard.advice.newWidget', values: {}, target: null };
  }
}

function setConfigAction(key: string, value: string | undefined): AppAction {
  if (key === 'platform') {
    return { key: value ? 'wizard.advice.platformValue' : 'wizard.advice.platform', values: { value: value === 'kommo' ? 'Kommo' : 'amoCRM' }, target: { step: 'start' } };
  }
  // The support phone is asked in Support and contacts, with the other contacts; the request only quotes it.
  if (key === 'moderation.supportPhone') {
    const step = projectStepOf('support');
    return { key: 'wizard.advice.editField', values: { step, field: 'supportPhone' }, target: { step } };
  }
  if (key.startsWith('moderation.')) {
    return { key: 'wizard.advice.moderationField', values: { field: key.slice('moderation.'.length) }, target: { step: 'export' } };
  }
  const setting = CHECK_SETTINGS[key] ?? 'other';
  return { key: `wizard.advice.checkSetting.${setting}`, values: { key, path: value ?? '' }, target: { step: 'check' } };
}

/** The app's words for one action in a UI language: `t` is i18next's, with `steps.*` for step names. */
export function appActionText(action: AppAction, t: (key: string, values?: Record<string, string>) => string): string {
  const values: Record<string, string> = { ...action.values };
  // Step names come from the sidebar's own words, so a renamed step never leaves stale advice behind.
  for (const step of ['start', 'branding', 'tour', 'check', 'export'] as const) values[`step${step[0].toUpperCase()}${step.slice(1)}`] = t(`steps.${step}`);
  if (values.step) values.step = t(`steps.${values.step}`);
  if (values.field) values.field = t(`wizard.advice.fields.${values.field}`, { defaultValue: values.field });
  return t(action.key, values);
}
