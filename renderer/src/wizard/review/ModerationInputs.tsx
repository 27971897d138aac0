import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setModeration, type ModerationConfig } from '../../../../shared/draft/draft-config';
import { WIDGET_CODE_PATTERN } from '../../../../shared/scaffold/widget-scaffold';
import { useRouter } from '../../app/router';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { useProject } from '../../project/project-context';
import { ChoiceField } from '../ui/ChoiceField';
import { TextField } from '../ui/TextField';
import { useWizard } from '../wizard-context';
import { moderationAnswer, testDataChoice } from './message-text';

type AnswerKey = 'integrationId' | 'accountId' | 'howItWorks' | 'instructions' | 'changes';

/** The element id of a moderation request field, so a finding or a missing answer can link to it. */
export function moderationFieldId(key: string): string {
  return `moderation-${key}`;
}

/**
 * The `moderation` block of widget-publisher.json, answered here and saved with the widget: ids, how
 * it works, how to test it. The widget code is Start's, the contacts are Support's (one place each);
 * test logins stay encrypted in the app and never go into the widget folder.
 */
export function ModerationInputs({ update }: { update: boolean }) {
  const { t } = useTranslation();
  const { draft, updateDraft } = useProject();
  const { widget, update: edit } = useWizard();
  const { navigate, route } = useRouter();
  const choice = testDataChoice(draft, widget);
  const [wantsTestData, setWantsTestData] = useState(false);
  const shownChoice = choice ?? (wantsTestData ? 'needed' : null);
  const set = (patch: Partial<ModerationConfig>) => edit((current) => setModeration(current, patch));
  const field = (key: AnswerKey, multiline = false, help?: string) => (
    <TextField
      key={key}
      id={moderationFieldId(key)}
      label={t(`wizard.message.${key}`)}
      value={moderationAnswer(draft, widget, key)}
      multiline={multiline}
      rows={3}
      help={help}
      onChange={(value) => set({ [key]: value })}
    />
  );
  const codeProblem = widget.code !== '' && !WIDGET_CODE_PATTERN.test(widget.code);
  const goTo = (step: string) => route.name === 'project' && navigate({ ...route, step });

  return (
    <div className="form-stack message-inputs">
      {widget.config === null && <Banner tone="warning">{t('wizard.checkSettings.configBroken')}</Banner>}
      <div className="field-row">
        {field('integrationId', false, t('wizard.message.integrationIdHelp'))}
        {field('accountId')}
      </div>
      <TextField
        id={moderationFieldId('widgetCode')}
        label={t('wizard.message.widgetCode')}
        value={widget.code}
        mono
        onChange={(code) => edit((current) => ({ ...current, code: code.trim() }))}
        help={t('wizard.message.widgetCodeHelp')}
        problems={codeProblem ? [{ severity: 'error', message: t('wizard.start.codeProblem') }] : []}
      />
      {field('howItWorks', true)}
      {field('instructions', true)}
      <div id={moderationFieldId('testData')} className="form-stack">
        <ChoiceField<'needed' | 'none' | null>
          legend={t('wizard.message.testData')}
          value={shownChoice}
          choices={[
            { value: 'needed', label: t('wizard.message.testDataNeeded') },
            { value: 'none', label: t('wizard.message.testDataNone') },
          ]}
          onChange={(next) => {
            setWantsTestData(next === 'needed');
            set({ noTestData: next === 'none' ? true : undefined });
          }}
          help={t('wizard.message.testDataHelp')}
        />
        {shownChoice === 'needed' && (
          <TextField
            label={t('wizard.message.testCredentials')}
            value={draft.testCredentials ?? ''}
            multiline
            rows={3}
            help={t('wizard.message.testCredentialsHelp')}
            onChange={(testCredentials) => updateDraft({ testCredentials })}
          />
        )}
      </div>
      {update && field('changes', true, t('wizard.message.changesHelp'))}
      <p className="field__help">
        {t('wizard.message.contactsFrom')}{' '}
        <Button size="sm" variant="ghost" onClick={() => goTo('support')}>
          {t('wizard.message.openSupport')}
        </Button>
      </p>
    </div>
  );
}
