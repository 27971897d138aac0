import { useTranslation } from 'react-i18next';
import type { ProjectDraft } from '../../../../shared/ipc/draft';
import { useProject } from '../../project/project-context';
import { TextField } from '../ui/TextField';

type InputKey = 'integrationId' | 'widgetCode' | 'accountId' | 'howItWorks' | 'instructions' | 'testCredentials' | 'changes';

/** What only the developer knows for the request: ids, how it works, how to test it; autosaved with the project. */
export function ModerationInputs({ update }: { update: boolean }) {
  const { t } = useTranslation();
  const { draft, updateDraft } = useProject();
  const field = (key: InputKey, multiline = false, help?: string) => (
    <TextField
      key={key}
      label={t(`wizard.message.${key}`)}
      value={(draft as ProjectDraft)[key] ?? ''}
      multiline={multiline}
      rows={3}
      help={help}
      onChange={(value) => updateDraft({ [key]: value })}
    />
  );
  return (
    <div className="form-stack message-inputs">
      <div className="field-row">
        {field('integrationId', false, t('wizard.message.integrationIdHelp'))}
        {field('accountId')}
      </div>
      {field('widgetCode', false, t('wizard.message.widgetCodeHelp'))}
      {field('howItWorks', true)}
      {field('instructions', true)}
      {field('testCredentials', true, t('wizard.message.testCredentialsHelp'))}
      {update && field('changes', true)}
    </div>
  );
}
