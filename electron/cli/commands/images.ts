import { InvalidArgumentError, Option, type Command } from 'commander';
import { terminalSafe } from '../../../shared/format/terminal-safe';
import { createCliContext, type CliContext } from '../cli-context';
import { describeError } from '../cli-error';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes';
import { makeLogoSet, writeImageSet } from '../../services/image-studio';
import { DEFAULT_LOGO_PADDING } from '../../services/image-studio/logo-set';
import { formatImageTable, formatWarnings } from '../../services/image-studio/image-table';
import {
  COVER_POSITIONS,
  FIT_MODES,
  MAX_PADDING_PERCENT,
  parseBackground,
  type CoverPosition,
  type FitMode,
  type NamedImage,
} from '../../services/image-studio/studio-options';
import { DEFAULT_PLATFORM, PLATFORM_IDS, PLATFORM_PROFILES, type PlatformId } from '../../../shared/platform/profiles';

export interface ImagesFlags {
  out?: string;
  fit?: FitMode;
  position?: CoverPosition;
  background?: string;
  padding?: number;
  wide?: string;
  small?: string;
  dp?: boolean;
  /** False with --no-trim. */
  trim?: boolean;
  platform?: PlatformId;
}

/** Relative to where the command runs; usually given as <widget>/images. */
export const DEFAULT_IMAGES_FOLDER = PLATFORM_PROFILES[DEFAULT_PLATFORM].images.folder;

export function fitOption(): Option {
  return new Option('--fit <mode>', 'contain: whole image, centred; cover: fill the frame, crop the overflow').choices([...FIT_MODES]);
}

export function positionOption(): Option {
  return new Option('--position <strategy>', 'what cover keeps: the centre, or what sharp finds interesting').choices([...COVER_POSITIONS]);
}

/** Both marketplaces ask for the same sizes today; the profile is still where they come from. */
export function sizesPlatformOption(): Option {
  return new Option('--platform <platform>', `marketplace whose sizes and limits to use (default: ${DEFAULT_PLATFORM})`).choices([...PLATFORM_IDS]);
}

export function parseBackgroundArgument(value: string): string {
  try {
    parseBackground(value);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
  return value;
}

export function parsePaddingArgument(value: string): number {
  const padding = Number(value.trim().replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(padding) || padding < 0 || padding > MAX_PADDING_PERCENT) {
    throw new InvalidArgumentError(`expected a percentage from 0 to ${MAX_PADDING_PERCENT}.`);
  }
  return padding;
}

/** For callers that register the command without a context of their own (the CLI passes its own). */
export function processContext(): CliContext {
  return createCliContext({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }, { name: 'widget-publisher', version: '' });
}

export function imagesCommand(program: Command, cli: CliContext = processContext()): void {
  program
    .command('images')
    .description('make every branding logo (exact sizes, PNG, at most 300 KB, never stretched) from one image')
    .argument('<source>', 'logo: PNG, JPEG, WebP, GIF, SVG or TIFF (SVG or a large PNG looks best)')
    .option('--out <folder>', 'where to write the logos, usually <widget>/images', DEFAULT_IMAGES_FOLDER)
    .addOption(fitOption().default('contain'))
    .addOption(positionOption().default('centre'))
    .option('--background <colour>', "'#RRGGBB' or transparent", parseBackgroundArgument, 'transparent')
    .option(
      '--padding <percent>',
      `empty margin on every side, 0-${MAX_PADDING_PERCENT} % of the shorter side (contain)`,
      parsePaddingArgument,
      DEFAULT_LOGO_PADDING,
    )
    .option('--wide <source>', 'another image for the wide formats (400x272, 240x84)')
    .option('--small <source>', 'another image for the small square ones (108x108, 84x84)')
    .option('--dp', 'also make logo_dp.png (widgets in the digital pipeline)')
    .option('--no-trim', 'keep transparent margins of the source as drawn (by default they are cut, so the logo is centred)')
    .addOption(sizesPlatformOption())
    .addHelpText(
      'after',
      `
Writes logo_main.png, logo_medium.png, logo.png, logo_small.png, logo_min.png (and logo_dp.png with --dp).
Each file is lossless PNG when it fits in 300 KB, else a palette PNG with fewer colours; the table says which.
Exit codes: 0 written, 2 could not run (bad source or option; nothing is written then).

Examples:
  $ widget-publisher images logo.svg --out my-widget/images
  $ widget-publisher images logo.png --background '#FFFFFF' --padding 10 --dp
  $ widget-publisher images banner.png --small icon.png --fit cover --position attention`,
    )
    .action(async (source: string, flags: ImagesFlags) => {
      await runImages(source, flags, cli);
    });
}

/** The `images` command without commander: make the set, write it, print the table. Returns the exit code. */
export async function runImages(source: string, flags: ImagesFlags, cli: CliContext): Promise<number> {
  try {
    const result = await makeLogoSet(userPath(cli, source), {
      fit: flags.fit,
      position: flags.position,
      background: flags.background,
      padding: flags.padding,
      dp: flags.dp === true,
      trim: flags.trim !== false,
      platform: flags.platform,
      ...(flags.wide !== undefined ? { wide: userPath(cli, flags.wide) } : {}),
      ...(flags.small !== undefined ? { small: userPath(cli, flags.small) } : {}),
    });
    const folder = cli.resolvePath(flags.out ?? DEFAULT_IMAGES_FOLDER);
    await writeImageSet(result.files, folder);
    cli.out(formatImageTable(result.files));
    cli.err(formatWarnings(result.warnings));
    cli.out(`Wrote ${result.files.length} logos to ${cli.displayPath(folder)}.\n`);
    cli.setExitCode(EXIT_OK);
    return EXIT_OK;
  } catch (error) {
    return fail(cli, error);
  }
}

/** A source path named in messages as the user typed it. */
export function userPath(cli: CliContext, path: string): NamedImage {
  return { name: path, path: cli.resolvePath(path) };
}

export function fail(cli: CliContext, error: unknown): number {
  cli.err(`widget-publisher: ${terminalSafe(describeError(error), { keepLineBreaks: true })}\n`);
  cli.setExitCode(EXIT_FAILURE);
  return EXIT_FAILURE;
}
