import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../shared/check/check-widget';
import { setStoreText } from '../../../shared/draft/draft-edits';
import { draftFromWidget } from '../../../shared/draft/draft-from-widget';
import { draftSnapshot } from '../../../shared/draft/draft-snapshot';
import { checkCode, liveCheck } from '../../../shared/draft/live-check';
import { validSnapshot, VALID_SCRIPT } from '../../helpers/widget-fixture';
import { filledNewDraft } from './draft-helpers';

describe('liveCheck', () => {
  it('finds exactly what a full check of the saved widget finds, with the code findings reused', () => {
    const base = validSnapshot('amocrm', {
      'script.js': VALID_SCRIPT.replace('return this;', 'console.trace("x");\n    return this;'),
      'style.css': 'input { color: red; }\n',
    });
    let draft = draftFromWidget(base, 'amocrm');
    const codeFindings = checkCode(base, draft);
    expect(codeFindings.map((finding) => finding.ruleId)).toContain('code/console-trace');

    draft = setStoreText(draft, 'teaser', 'en', 'z'.repeat(70));
    const live = liveCheck(draft, base, codeFindings);
    expect(live.findings).toEqual(checkWidget(draftSnapshot(draft, base), { platform: 'amocrm' }).findings);
    expect(live.byStep.texts.map((finding) => finding.ruleId)).toEqual(['text/teaser-length']);
    expect(live.byStep.code.map((finding) => finding.ruleId)).toContain('code/console-trace');
  });

  it('checks a new widget with its skeleton code', () => {
    const draft = filledNewDraft('kommo');
    const live = liveCheck(draft, undefined, checkCode(draftSnapshot(draft), draft));
    expect(live.findings.filter((finding) => !finding.ruleId.startsWith('image/'))).toEqual([]);
  });
});
