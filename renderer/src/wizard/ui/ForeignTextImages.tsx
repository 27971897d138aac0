import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/model/finding';
import { useMessageText } from '../../i18n/finding-text';
import { useProjectIfOpen } from '../../project/project-context';
import type { ShownImage } from '../shown-images';

const RULE_ID = 'image/foreign-text';

/** image/foreign-text's findings of the last check, by image path, for images unchanged since that check. */
function findingsByImage(findings: readonly Finding[], images: Readonly<Record<string, ShownImage>>, paths: readonly string[]): Map<string, Finding[]> {
  const byImage = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.ruleId !== RULE_ID || finding.file === null || !paths.includes(finding.file)) continue;
    // A slide made or replaced since the check has other words: its old boxes would point at nothing.
    if (images[finding.file]?.fresh) continue;
    byImage.set(finding.file, [...(byImage.get(finding.file) ?? []), finding]);
  }
  return byImage;
}

/** One image with a box around each word in the wrong language, scaled with the image. */
function MarkedImage({ path, url, image, findings }: { path: string; url: string; image: ShownImage; findings: readonly Finding[] }) {
  const { t } = useTranslation();
  const width = image.width ?? 0;
  const height = image.height ?? 0;
  const marks = findings.flatMap((finding) => finding.marks ?? []);
  return (
    <div className="foreign-text__frame">
      <img src={url} alt={t('wizard.foreignText.imageAlt', { file: path })} width={width} height={height} />
      {width > 0 && height > 0 && (
        <svg className="foreign-text__marks" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" aria-hidden="true">
          {marks.map((mark, index) => (
            <rect key={`${index}-${mark.x}-${mark.y}`} x={mark.x - 3} y={mark.y - 3} width={mark.width + 6} height={mark.height + 6} rx={3}>
              <title>{mark.text}</title>
            </rect>
          ))}
        </svg>
      )}
    </div>
  );
}

/**
 * The Tour and Branding steps' view of what the last check read in their images: each image with the words
 * in another language boxed, and the finding's text and advice. Shows nothing when the check found none.
 */
export function ForeignTextImages(props: { paths: readonly string[]; images: Readonly<Record<string, ShownImage>>; urls: Readonly<Record<string, string>> }) {
  const project = useProjectIfOpen();
  return <ForeignTextList findings={project?.project?.report.findings ?? []} {...props} />;
}

export function ForeignTextList({
  findings: all,
  paths,
  images,
  urls,
}: {
  findings: readonly Finding[];
  paths: readonly string[];
  images: Readonly<Record<string, ShownImage>>;
  urls: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const text = useMessageText();
  const byImage = findingsByImage(all, images, paths);
  if (byImage.size === 0) return null;
  return (
    <section className="card foreign-text" aria-labelledby="foreign-text-title">
      <div>
        <h2 id="foreign-text-title">{t('wizard.foreignText.title')}</h2>
        <p className="card__subtitle">{t('wizard.foreignText.subtitle')}</p>
      </div>
      {[...byImage].map(([path, findings]) => (
        <figure key={path} className="foreign-text__image">
          {urls[path] && images[path] ? <MarkedImage path={path} url={urls[path]} image={images[path]} findings={findings} /> : null}
          <figcaption>
            {findings.map((finding) => (
              <p key={`${finding.locale}-${finding.message}`} className="foreign-text__message">
                {text(finding)}
                {finding.help && <span className="field__help"> {text({ message: finding.help.en, messageRu: finding.help.ru })}</span>}
              </p>
            ))}
          </figcaption>
        </figure>
      ))}
    </section>
  );
}
