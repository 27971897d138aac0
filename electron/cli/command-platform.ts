import { access } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { WidgetConfig } from '../../shared/config/widget-config';
import { CONFIG_FILE_NAME, type WidgetSnapshot } from '../../shared/model/snapshot';
import { choosePlatform, type PlatformChoice } from '../../shared/platform/detect-platform';
import { platformProfile, type PlatformId } from '../../shared/platform/profiles';
import type { CliContext } from './cli-context';
import { loadWidget } from './load-widget';

/** The platform of a run: `--platform`, else the config, else detected from the widget, else amoCRM. */
export function commandPlatform(flag: PlatformId | undefined, config: WidgetConfig, snapshot: WidgetSnapshot | null): PlatformChoice {
  return choosePlatform({ flag, config: config.platform }, snapshot);
}

/**
 * One line on stderr saying which platform a command used and why, when nobody chose it (neither
 * --platform nor the config): the widget decided, or nothing did and amoCRM is the default.
 */
export function sayPlatform(cli: CliContext, choice: PlatformChoice): void {
  if (choice.source === 'flag' || choice.source === 'config') return;
  const name = platformProfile(choice.platform).displayName;
  const why = choice.reasons.map((reason) => reason.en).join('; ');
  const how = choice.source === 'detected' ? `detected from the widget: ${why}` : why;
  cli.err(`Platform: ${name} (${how}; --platform chooses another).\n`);
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * The widget an images folder belongs to: the folder itself or its parent when it holds manifest.json
 * or widget-publisher.json (`--out my-widget/images`). Null for a folder outside any widget.
 */
export async function widgetAroundFolder(cli: CliContext, folder: string): Promise<{ config: WidgetConfig; snapshot: WidgetSnapshot } | null> {
  for (const candidate of [dirname(folder), folder]) {
    if ((await exists(join(candidate, 'manifest.json'))) || (await exists(join(candidate, CONFIG_FILE_NAME)))) {
      const widget = await loadWidget(cli, candidate, 'images');
      return { config: widget.config, snapshot: widget.snapshot };
    }
  }
  return null;
}
