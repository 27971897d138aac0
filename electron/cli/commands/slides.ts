import type { Command } from 'commander';
import { isAbsolute, join, relative, sep } from 'node:path';
import { PLATFORM_IDS, PLATFORM_PROFILES, type PlatformId } from '../../../shared/platform/profiles';
import { CONFIG_READ_LIMIT } from '../../../shared/platform/limits';
import { writeFileAtomic } from '../../services/atomic-write';
import { readRegularFile } from '../../services/regular-file';
import { addTourImages, makeSlides, slideFileName, SLIDE_FORMATS, writeImageSet, type SlideFormat } from '../../services/image-studio';
import { formatImageTable, formatWarnings } from '../../services/image-studio/image-table';
import type { CoverPosition, FitMode } from '../../services/image-studio/studio-options';
import { UserError } from '../../services/user-error';
import type { CliContext } from '../cli-context';
import { choiceOption, parseNonNegativeInteger } from '../cli-options';
import { EXIT_OK } from '../exit-codes';
import {
  DEFAULT_IMAGES_FOLDER,
  fail,
  fitOption,
  imagesPlatform,
  parseBackgroundArgument,
  positionOption,
  processContext,
  sizesPlatformOption,
  userPath,
} from './images';

export interface SlidesFlags {
  locale: string;
  out?: string;
  fit?: FitMode;
  position?: CoverPosition;
  background?: string;
  format?: SlideFormat;
  first?: number;
  updateManifest?: string;
  platform?: PlatformId;
}

export function slidesCommand(program: Command, cli: CliContext = processContext()): void {
  program
    .command('slides')
    .description('make tour (slideshow) images at 1188x616, named tour_N_<locale>, at most 300 KB each')
    .argument('<image...>', 'screenshots or pictures, in slide order (1 to 5)')
    .requiredOption('--locale <code>', 'language of these slides, e.g. en or ru')
    .option('--out <folder>', 'where to write them (default: <widget>/images with --update-manifest, else images)')
    .addOption(fitOption().default('contain'))
    .addOption(positionOption().default('centre'))
    .option('--background <colour>', "letterbox colour for contain: '#RRGGBB' or transparent", parseBackgroundArgument, '#FFFFFF')
    .addOption(choiceOption('--format <format>', 'png (the checklist asks for PNG) or jpeg (smaller for photos)', SLIDE_FORMATS).default('png'))
    .option('--first <n>', 'number of the first slide (to add to slides you already have)', parseNonNegativeInteger)
    .option('--update-manifest <widget>', "add the slides to tour.tour_images of this widget's manifest.json")
    .addOption(sizesPlatformOption('slide size, count and locales'))
    .addHelpText(
      'after',
      `
Exit codes: 0 written, 2 could not run (bad image, option or manifest; nothing is written then).

Examples:
  $ widget-publisher slides shot1.png shot2.png shot3.png --locale en --update-manifest my-widget
  $ widget-publisher slides photo.jpg --locale ru --format jpeg --fit cover --out my-widget/images`,
    )
    .action(async (images: string[], flags: SlidesFlags) => {
      await runSlides(images, flags, cli);
    });
}

/** The `slides` command without commander. Returns the exit code. */
export async function runSlides(images: readonly string[], flags: SlidesFlags, cli: CliContext): Promise<number> {
  try {
    const format = flags.format ?? 'png';
    const first = flags.first ?? 1;
    const widgetRoot = flags.updateManifest !== undefined ? cli.resolvePath(flags.updateManifest) : null;
    const folder = cli.resolvePath(flags.out ?? (flags.updateManifest !== undefined ? join(flags.updateManifest, DEFAULT_IMAGES_FOLDER) : DEFAULT_IMAGES_FOLDER));
    // With --update-manifest the widget is named; otherwise it is the one the images folder sits in, if any.
    const chosen = await imagesPlatform(cli, flags.platform, widgetRoot ? join(widgetRoot, DEFAULT_IMAGES_FOLDER) : folder);
    const { choice } = chosen;
    const platform = choice.platform;
    // Slides made outside any widget may be for either marketplace: any locale one of them offers will do.
    const locale = checkLocale(flags.locale.toLowerCase(), choice.source === 'default' ? PLATFORM_IDS : [platform]);
    const names = images.map((_, index) => slideFileName(first + index, locale, format));
    // The manifest is read and edited in memory before any image is made: a bad manifest writes nothing.
    const manifest = widgetRoot ? await planManifestEdit(cli, widgetRoot, folder, locale, names, platform) : null;

    const result = await makeSlides(
      images.map((image) => userPath(cli, image)),
      locale,
      { fit: flags.fit, position: flags.position, background: flags.background, format, firstNumber: first, platform },
    );
    await writeImageSet(result.files, folder);
    cli.out(formatImageTable(result.files));
    cli.err(formatWarnings(result.warnings));
    cli.out(`Wrote ${result.files.length} slide${result.files.length === 1 ? '' : 's'} to ${cli.displayPath(folder)}.\n`);
    if (manifest) {
      if (manifest.changed) await writeFileAtomic(manifest.path, manifest.text);
      cli.out(manifest.summary);
      cli.err(manifest.warnings.map((warning) => `warning: ${warning}\n`).join(''));
    }
    chosen.report();
    cli.setExitCode(EXIT_OK);
    return EXIT_OK;
  } catch (error) {
    return fail(cli, error, 'slides');
  }
}

function checkLocale(locale: string, platforms: readonly PlatformId[]): string {
  if (platforms.some((id) => PLATFORM_PROFILES[id].locales.includes(locale))) return locale;
  const offered = platforms.map((id) => `${PLATFORM_PROFILES[id].displayName} offers ${PLATFORM_PROFILES[id].locales.join(', ')}`).join('; ');
  throw new UserError(`--locale ${locale} is not a widget language: ${offered}.`);
}

interface ManifestEdit {
  path: string;
  text: string;
  changed: boolean;
  summary: string;
  warnings: string[];
}

async function planManifestEdit(
  cli: CliContext,
  widgetRoot: string,
  folder: string,
  locale: string,
  names: readonly string[],
  platform: PlatformId,
): Promise<ManifestEdit> {
  const path = join(widgetRoot, 'manifest.json');
  const shown = cli.displayPath(path);
  // Only a regular file under the config cap: a pipe would hang the command, a link would be replaced by a copy.
  const bytes = await readRegularFile(path, { maxBytes: CONFIG_READ_LIMIT.maxBytes, shownAs: shown });
  if (bytes === null) {
    throw new UserError(`${shown}: no manifest.json there. Give --update-manifest the widget folder (the one holding manifest.json).`, path);
  }
  // Decoded as is, BOM included: the edit keeps what it does not change.
  const raw = Buffer.from(bytes).toString('utf8');
  const inWidget = relative(widgetRoot, folder);
  if (inWidget.startsWith('..') || isAbsolute(inWidget)) {
    throw new UserError(
      `--out ${cli.displayPath(folder)} is outside the widget ${cli.displayPath(widgetRoot)}; the manifest can only list images inside the widget.`,
    );
  }
  const prefix = inWidget === '' ? '' : `/${inWidget.split(sep).join('/')}`;
  const paths = names.map((name) => `${prefix}/${name}`);
  const edit = addTourImages(raw, locale, paths, shown);
  const warnings: string[] = [];
  const { max } = PLATFORM_PROFILES[platform].images.slide;
  if (edit.images.length > max) {
    warnings.push(`${shown}: tour.tour_images.${locale} now lists ${edit.images.length} images; the marketplace shows at most ${max}.`);
  }
  const declared = (JSON.parse(edit.text.replace(/^\uFEFF/, '')) as { widget?: { locale?: unknown } }).widget?.locale;
  if (Array.isArray(declared) && !declared.includes(locale)) {
    warnings.push(`${shown}: widget.locale does not list "${locale}"; add it, or these slides are never shown.`);
  }
  const summary =
    edit.added.length > 0
      ? `Added ${edit.added.join(', ')} to tour.tour_images.${locale} in ${shown}.\n`
      : `${shown} already lists these slides in tour.tour_images.${locale}.\n`;
  return { path, text: edit.text, changed: edit.added.length > 0, summary, warnings };
}
