import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { diffText } from '../../../../shared/draft/text-diff';

/** A unified diff of one file: removed lines red, added green, three lines of context, both line numbers. */
export function DiffView({ oldText, newText }: { oldText: string | null; newText: string }) {
  const { t } = useTranslation();
  const hunks = useMemo(() => diffText(oldText, newText), [oldText, newText]);
  if (hunks.length === 0) return <p className="field__help">{t('wizard.review.noDifference')}</p>;
  return (
    <div className="diff" role="table" aria-label={t('wizard.review.diffLabel')}>
      {hunks.map((hunk) => (
        <div key={`${hunk.oldStart}-${hunk.newStart}`} role="rowgroup">
          <div className="diff__hunk" role="row">
            <span role="cell">{`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`}</span>
          </div>
          {hunk.lines.map((line, index) => (
            <div key={index} className={`diff__line diff__line--${line.kind}`} role="row">
              <span className="diff__number" role="cell">
                {line.oldLine ?? ''}
              </span>
              <span className="diff__number" role="cell">
                {line.newLine ?? ''}
              </span>
              <span className="diff__sign" role="cell" aria-label={t(`wizard.review.line.${line.kind}`)}>
                {line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ' '}
              </span>
              <code className="diff__text" role="cell">
                {line.text}
                {line.noNewline && <span className="diff__no-newline">{t('wizard.review.noNewline')}</span>}
              </code>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
