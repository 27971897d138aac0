import type { MissingInput } from '../../../../shared/message/message-inputs';
import type { FixAction } from '../../../../shared/model/finding';
import { appActionOf, appActionText } from '../../i18n/app-actions';
import { messageLanguageOf } from '../../i18n/finding-text';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toErrorInfo } from '../../../../shared/ipc/client';
import { getApi } from '../../app/api';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { SegmentedControl } from '../../components/SegmentedControl';
import { useProject } from '../../project/project-context';
import type { MessageLang } from '../wizard-storage';
import { useWizard } from '../wizard-context';
import { composeMessage, moderationInfo } from './message-text';
import { moderationOf } from '../../../../shared/draft/draft-config';
import { setBasics } from '../../../../shared/draft/draft-edits';
import { suggestNextVersion } from '../../../../shared/draft/field-validators';
import { versionOnDisk } from '../wizard-files';
import { ModerationInputs } from './ModerationInputs';

/** The request to moderation in Russian or English: written from the widget, editable, copied or saved as a file. */
export function ModerationMessage() {
  const { t, i18n } = useTranslation();
  // The app names its own field and step; the CLI's `where` (flags, widget-publisher.json) is not for this screen.
  const appWhere = (actions: readonly FixAction[]) =>
    actions.flatMap((action) => {
      const app = appActionOf(action);
      return app ? [appActionText(app, (key, values) => t(key, values))] : [];
    }).join('; ');
  // The shared writer names an input in English; the app's own place for it names the field in the UI language.
  const missingItemText = (item: MissingInput) => {
    const where = appWhere(item.actions);
    if (where !== '' && messageLanguageOf(i18n.language) === 'ru') return where;
    return t('wizard.message.missingItem', { input: item.input, where });
  };
  const { draft, updateDraft } = useProject();
  const { widget, live, messages, setMessage, profile, base, update: edit } = useWizard();
  // An update when the user says so, or when "what changed" was already answered for this widget.
  const [update, setUpdate] = useState(() => Boolean(moderationOf(widget).changes));
  const published = useMemo(() => versionOnDisk(base), [base]);
  const next = update && published !== null && widget.basics.version.trim() === published.trim() ? suggestNextVersion(published).version : null;
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const lang: MessageLang = draft.messageLanguage ?? profile.messageLanguages[0];
  const moderation = useMemo(() => moderationInfo(draft, widget), [draft, widget]);
  const result = useMemo(() => (live ? composeMessage(live.snapshot, moderation, lang, update, widget.platform) : null), [live, moderation, lang, update, widget.platform]);
  const edited = messages[lang];
  const text = edited ?? (result?.status === 'written' ? result.text : '');

  const copy = async () => {
    await getApi().copyText(text);
    setNotice({ tone: 'success', text: t('wizard.message.copied') });
  };
  const saveAs = async () => {
    try {
      const path = await getApi().chooseTextSavePath(`moderation-request-${lang}.txt`);
      if (!path) return;
      await getApi().saveTextFile(path, text);
      setNotice({ tone: 'success', text: t('wizard.message.saved', { path }) });
    } catch (error) {
      setNotice({ tone: 'error', text: toErrorInfo(error).message });
    }
  };

  return (
    <div className="form-stack">
      <div className="toolbar message-toolbar">
        <SegmentedControl<MessageLang>
          label={t('wizard.message.language')}
          value={lang}
          options={[
            { value: 'ru', label: 'Русский' },
            { value: 'en', label: 'English' },
          ]}
          onChange={(messageLanguage) => updateDraft({ messageLanguage })}
        />
        <label className="checkbox checkbox--inline">
          <input type="checkbox" checked={update} onChange={(event) => setUpdate(event.target.checked)} />
          <span>{t('wizard.message.update')}</span>
        </label>
      </div>
      {next && (
        <Banner
          tone="info"
          title={t('wizard.message.nextVersionTitle', { version: published })}
          actions={
            <Button size="sm" variant="primary" onClick={() => edit((current) => setBasics(current, { version: next }))}>
              {t('wizard.basics.useVersion', { version: next })}
            </Button>
          }
        >
          {t('wizard.message.nextVersionText')}
        </Banner>
      )}
      <ModerationInputs update={update} />
      {result?.status === 'missing' && edited === undefined && (
        <Banner tone="warning" title={t('wizard.message.missingTitle')}>
          <ul className="problem-list">
            {result.missing.map((item) => (
              <li key={item.input}>{missingItemText(item)}</li>
            ))}
          </ul>
        </Banner>
      )}
      {(text !== '' || edited !== undefined) && (
        <div className="field">
          <div className="field__label-row">
            <label htmlFor="moderation-text">{t('wizard.message.text')}</label>
            {edited !== undefined && (
              <Button size="sm" variant="ghost" onClick={() => setMessage(lang, null)}>
                {t('wizard.message.regenerate')}
              </Button>
            )}
          </div>
          <textarea id="moderation-text" className="message-text" lang={lang} rows={14} value={text} onChange={(event) => setMessage(lang, event.target.value)} />
        </div>
      )}
      {notice && (
        <Banner tone={notice.tone} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Banner>
      )}
      <div className="export-actions">
        <Button disabled={text === ''} onClick={() => void copy()}>
          {t('wizard.message.copy')}
        </Button>
        <Button disabled={text === ''} onClick={() => void saveAs()}>
          {t('wizard.message.saveAs')}
        </Button>
      </div>
    </div>
  );
}
