import { join } from 'node:path';
import { parseWidgetConfig, type WidgetConfig } from '../../shared/config/widget-config';
import { CONFIG_FILE_NAME, type ImageInfo, type WidgetFile, type WidgetSnapshot } from '../../shared/model/snapshot';
import { starterColour, starterLogoSvg, titleSlideSvg } from '../../shared/scaffold/starter-images';
import { scaffoldWidgetFiles, type ScaffoldAnswers } from '../../shared/scaffold/widget-scaffold';
import { writeFilesAtomic } from './atomic-write';
import { makeLogoSet, makeSlides, type GeneratedImage } from './image-studio';

export interface NewWidgetFile {
  /** POSIX path relative to the widget folder. */
  path: string;
  data: Uint8Array;
}

export interface NewWidget {
  files: NewWidgetFile[];
  /** The widget as the reader would see it once written, so it can be checked before anything touches the disk. */
  snapshot: WidgetSnapshot;
  config: WidgetConfig;
}

const encoder = new TextEncoder();

/**
 * Every file of a new widget, in memory: the text skeleton and starter images (a logo with the
 * widget's initials in every branding size, one title slide per locale) made by the image studio.
 */
export async function buildNewWidget(answers: ScaffoldAnswers, folder: string): Promise<NewWidget> {
  const texts = scaffoldWidgetFiles(answers);
  const colour = starterColour(answers.code);
  const firstLocale = answers.locales[0];

  const logos = await makeLogoSet(Buffer.from(starterLogoSvg(answers.names[firstLocale], colour)), { platform: answers.platform, padding: 6 });
  const slides = await Promise.all(
    answers.locales.map((locale) =>
      makeSlides([{ name: `title slide (${locale})`, data: Buffer.from(titleSlideSvg(answers.names[locale], answers.teasers[locale], colour)) }], locale, {
        platform: answers.platform,
      }),
    ),
  );
  const images: GeneratedImage[] = [...logos.files, ...slides.flatMap((result) => result.files)];

  const files: NewWidgetFile[] = [
    ...Object.entries(texts).map(([path, text]) => ({ path, data: encoder.encode(text) })),
    ...images.map((image) => ({ path: `images/${image.file}`, data: new Uint8Array(image.data) })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const configText = texts[CONFIG_FILE_NAME];
  const widgetFiles: WidgetFile[] = files
    .filter((file) => file.path !== CONFIG_FILE_NAME)
    .map((file) => ({ path: file.path, size: file.data.length, bytes: file.data }));
  const imageInfo: Record<string, ImageInfo> = {};
  for (const image of images) {
    const path = `images/${image.file}`;
    imageInfo[path] = {
      path,
      format: image.mediaType === 'image/jpeg' ? 'jpeg' : 'png',
      width: image.width,
      height: image.height,
      bytes: image.bytes,
      error: null,
    };
  }

  return {
    files,
    snapshot: {
      source: { kind: 'folder', path: folder },
      nestedRoot: null,
      files: widgetFiles,
      images: imageInfo,
      unsafeEntries: [],
      configText,
    },
    config: parseWidgetConfig(configText),
  };
}

/**
 * Write the new widget's files as one set (all or nothing: a full disk leaves no half widget behind);
 * files already in the folder that init does not make are kept.
 */
export async function writeNewWidget(folder: string, files: readonly NewWidgetFile[]): Promise<void> {
  await writeFilesAtomic(files.map((file) => ({ path: join(folder, ...file.path.split('/')), data: file.data })));
}
