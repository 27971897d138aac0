import { useTranslation } from 'react-i18next';
import type { DraftEdit } from '../wizard-context';
import { setLocation, setLocationPanel } from '../../../../shared/draft/draft-edits';
import { isBlockKey } from '../../../../shared/draft/draft-blocks';
import type { WidgetDraft } from '../../../../shared/draft/widget-draft';
import type { LocationSpec, PlatformProfile } from '../../../../shared/platform/profiles';
import { Button } from '../../components/Button';
import { BlockForm } from './BlockForm';

type Panel = '0' | '1' | null;

function LocationRow({ spec, draft, profile, onEdit }: { spec: LocationSpec; draft: WidgetDraft; profile: PlatformProfile; onEdit: (edit: DraftEdit) => void }) {
  const { t } = useTranslation();
  const declared = draft.locations.find((location) => location.area === spec.area);
  const blockKey = spec.block && isBlockKey(spec.block.key) ? spec.block.key : null;
  const panelId = `panel-${spec.area}`;
  const needsOther = spec.requiresOneOf && declared && !draft.locations.some((location) => spec.requiresOneOf!.includes(location.area));
  const label = t(`wizard.areas.${spec.area}`, { defaultValue: spec.label });

  return (
    <li className={declared ? 'location location--on' : 'location'} data-area={spec.area}>
      <div className="location__row">
        <label className="location__toggle">
          <input type="checkbox" checked={declared !== undefined} onChange={(event) => onEdit((current) => setLocation(current, spec.area, event.target.checked))} />
          <span className="location__label">{label}</span>
          <code className="location__code">{spec.area}</code>
        </label>
        {blockKey && <span className="pill">{t('wizard.locations.needsBlock', { block: blockKey })}</span>}
        {declared && spec.acceptsPanelSuffix && (
          <div className="location__panel">
            <label htmlFor={panelId} className="visually-hidden">
              {t('wizard.locations.panelLabel', { area: spec.area })}
            </label>
            <select
              id={panelId}
              value={declared.panel ?? ''}
              onChange={(event) => onEdit((current) => setLocationPanel(current, spec.area, (event.target.value === '' ? null : event.target.value) as Panel))}
            >
              <option value="1">{t('wizard.locations.panelRight')}</option>
              <option value="0">{t('wizard.locations.panelInit')}</option>
              <option value="">{t('wizard.locations.panelNone')}</option>
              {declared.panel !== null && declared.panel !== '0' && declared.panel !== '1' && <option value={declared.panel}>-{declared.panel}</option>}
            </select>
          </div>
        )}
      </div>
      {needsOther && <p className="field__problem field__problem--warning">{t('wizard.locations.requiresOneOf', { areas: spec.requiresOneOf!.join(', ') })}</p>}
      {declared && blockKey && (
        <fieldset className="location__block">
          <legend>{t('wizard.locations.blockLegend', { block: blockKey })}</legend>
          <BlockForm blockKey={blockKey} draft={draft} profile={profile} onEdit={onEdit} />
        </fieldset>
      )}
    </li>
  );
}

/**
 * Every area of the platform, each with its right-panel flag; an area that needs a manifest
 * block opens that block's form as soon as it is chosen.
 */
export function LocationList({ draft, profile, onEdit }: { draft: WidgetDraft; profile: PlatformProfile; onEdit: (edit: DraftEdit) => void }) {
  const { t } = useTranslation();
  const unknown = draft.locations.filter((location) => !profile.locations.some((spec) => spec.area === location.area));
  return (
    <>
      <ul className="location-list">
        {profile.locations.map((spec) => (
          <LocationRow key={spec.area} spec={spec} draft={draft} profile={profile} onEdit={onEdit} />
        ))}
      </ul>
      {unknown.length > 0 && (
        <div className="location-unknown">
          <p className="field__problem field__problem--error">{t('wizard.locations.unknown', { platform: profile.displayName })}</p>
          {unknown.map((location) => (
            <Button key={location.area} size="sm" onClick={() => onEdit((current) => setLocation(current, location.area, false))}>
              {t('wizard.locations.removeUnknown', { area: location.area })}
            </Button>
          ))}
        </div>
      )}
    </>
  );
}
