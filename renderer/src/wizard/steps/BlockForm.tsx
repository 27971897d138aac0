import { useTranslation } from 'react-i18next';
import type { DraftEdit } from '../wizard-context';
import { ensureBlock, setBlock } from '../../../../shared/draft/draft-edits';
import { i18nText, sameInEvery, type BlockKey, type WidgetDraft } from '../../../../shared/draft/widget-draft';
import type { PlatformProfile } from '../../../../shared/platform/profiles';
import { Button } from '../../components/Button';
import { ChoiceField } from '../ui/ChoiceField';
import { TextField, type FieldProblem } from '../ui/TextField';
import { FieldListEditor } from './FieldListEditor';
import { I18nTextInputs } from './I18nTextInputs';
import { JsonBlockEditor } from './JsonBlockEditor';

interface BlockFormProps {
  blockKey: BlockKey;
  draft: WidgetDraft;
  profile: PlatformProfile;
  onEdit: (edit: DraftEdit) => void;
}

function httpsProblems(value: string, message: string): FieldProblem[] {
  return value.trim() !== '' && !/^https:\/\/[^\s/]+/i.test(value.trim()) ? [{ severity: 'error', message }] : [];
}

const HEX_COLOUR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

interface HttpsUrlFieldProps {
  label: string;
  help: string;
  value: string;
  onChange: (value: string) => void;
}

/** The manifest's address fields (dp.webhook_url, sms.endpoint, mobile.frame_url): https only, trimmed. */
function HttpsUrlField({ label, help, value, onChange }: HttpsUrlFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={label}
      type="url"
      mono
      value={value}
      placeholder="https://"
      help={help}
      problems={httpsProblems(value, t('wizard.locations.httpsOnly'))}
      onChange={(next) => onChange(next.trim())}
    />
  );
}

/** The form of the manifest block a location needs (dp, advanced, sms, mobile, ...). */
export function BlockForm({ blockKey, draft, profile, onEdit }: BlockFormProps) {
  const { t } = useTranslation();
  const { blocks } = draft;
  const yesNo = [
    { value: false as boolean | null, label: t('wizard.basics.no') },
    { value: true as boolean | null, label: t('wizard.basics.yes') },
  ];

  if (!blocks[blockKey]) {
    return (
      <Button size="sm" onClick={() => onEdit((current) => ensureBlock(current, blockKey))}>
        {t('wizard.locations.createBlock', { block: blockKey })}
      </Button>
    );
  }

  switch (blockKey) {
    case 'dp': {
      const dp = blocks.dp!;
      return (
        <div className="form-stack">
          <ChoiceField<boolean | null>
            legend={t('wizard.locations.dpActionMultiple')}
            value={dp.actionMultiple}
            choices={yesNo}
            onChange={(actionMultiple) => onEdit((current) => setBlock(current, 'dp', { actionMultiple }))}
            help={t('wizard.locations.dpActionMultipleHelp')}
          />
          <HttpsUrlField
            label={t('wizard.locations.dpWebhook')}
            value={dp.webhookUrl}
            help={t('wizard.locations.dpWebhookHelp')}
            onChange={(value) => onEdit((current) => setBlock(current, 'dp', { webhookUrl: value }))}
          />
          <label className="checkbox checkbox--inline">
            <input
              type="checkbox"
              checked={dp.title !== null}
              onChange={(event) => onEdit((current) => setBlock(current, 'dp', { title: event.target.checked ? i18nText('dp.title', sameInEvery(current.locales, '')) : null }))}
            />
            <span>{t('wizard.locations.dpHasTitle')}</span>
          </label>
          {dp.title && <I18nTextInputs label={t('wizard.locations.dpTitle')} text={dp.title} draft={draft} onEdit={onEdit} />}
          <fieldset className="subfields">
            <legend>{t('wizard.locations.dpFields')}</legend>
            <FieldListEditor draft={draft} list="dp" profile={profile} onEdit={onEdit} />
          </fieldset>
        </div>
      );
    }
    case 'advanced':
      return <I18nTextInputs label={t('wizard.locations.advancedTitle')} text={blocks.advanced!.title} draft={draft} onEdit={onEdit} />;
    case 'sms': {
      const endpoint = blocks.sms!.endpoint;
      return (
        <HttpsUrlField
          label={t('wizard.locations.smsEndpoint')}
          value={endpoint}
          help={t('wizard.locations.smsEndpointHelp')}
          onChange={(value) => onEdit((current) => setBlock(current, 'sms', { endpoint: value }))}
        />
      );
    }
    case 'mobile': {
      const mobile = blocks.mobile!;
      const colourProblem: FieldProblem[] = mobile.color !== '' && !HEX_COLOUR.test(mobile.color) ? [{ severity: 'error', message: t('wizard.locations.colourProblem') }] : [];
      return (
        <div className="form-stack">
          <HttpsUrlField
            label={t('wizard.locations.mobileFrame')}
            value={mobile.frameUrl}
            help={t('wizard.locations.mobileFrameHelp')}
            onChange={(value) => onEdit((current) => setBlock(current, 'mobile', { frameUrl: value }))}
          />
          <div className="colour-field">
            <TextField
              label={t('wizard.locations.mobileColour')}
              mono
              value={mobile.color}
              placeholder="#ffcc00"
              help={t('wizard.locations.mobileColourHelp')}
              problems={colourProblem}
              onChange={(color) => onEdit((current) => setBlock(current, 'mobile', { color: color.trim() }))}
            />
            <input
              type="color"
              className="colour-field__picker"
              aria-label={t('wizard.locations.mobileColourPicker')}
              value={/^#[0-9a-f]{6}$/i.test(mobile.color) ? mobile.color : '#ffffff'}
              onChange={(event) => onEdit((current) => setBlock(current, 'mobile', { color: event.target.value }))}
            />
          </div>
        </div>
      );
    }
    case 'salesbot_designer':
    case 'left_menu':
      return (
        <JsonBlockEditor
          label={t(blockKey === 'left_menu' ? 'wizard.locations.leftMenuJson' : 'wizard.locations.salesbotJson')}
          value={blocks[blockKey]!.value}
          help={t('wizard.locations.jsonHelp')}
          onChange={(value) => onEdit((current) => setBlock(current, blockKey, { value }))}
        />
      );
    case 'amoforms_settings': {
      const forms = blocks.amoforms_settings!;
      return (
        <div className="form-stack">
          <I18nTextInputs label={t('wizard.locations.formsTitle')} text={forms.title} draft={draft} onEdit={onEdit} />
          <ChoiceField<boolean | null>
            legend={t('wizard.locations.formsRequired')}
            value={forms.required}
            choices={[{ value: null, label: t('wizard.basics.notSet') }, ...yesNo]}
            onChange={(required) => onEdit((current) => setBlock(current, 'amoforms_settings', { required }))}
            help={t('wizard.locations.formsRequiredHelp')}
          />
          <label className="checkbox checkbox--inline">
            <input
              type="checkbox"
              checked={forms.errorText !== null}
              onChange={(event) =>
                onEdit((current) => setBlock(current, 'amoforms_settings', { errorText: event.target.checked ? i18nText('amoforms_settings.error_text', sameInEvery(current.locales, '')) : null }))
              }
            />
            <span>{t('wizard.locations.formsHasError')}</span>
          </label>
          {forms.errorText && <I18nTextInputs label={t('wizard.locations.formsError')} text={forms.errorText} draft={draft} onEdit={onEdit} />}
        </div>
      );
    }
  }
}
