import { stat } from 'node:fs/promises';
import { readWidget } from '../services/widget-reader';
import type { CliContext } from './cli-context';
import { CliError } from './cli-error';

export type LoadedWidget = Awaited<ReturnType<typeof readWidget>> & {
  /** Absolute path of the folder or zip. */
  path: string;
  /** The path as the user typed it, for headers in the report. */
  shownAs: string;
};

/** Read a widget folder or zip the user named; `folderOnly` names the command that cannot take a zip. */
export async function loadWidget(cli: CliContext, pathArg: string, folderOnly?: string): Promise<LoadedWidget> {
  const path = cli.resolvePath(pathArg);
  const info = await stat(path).catch(() => null);
  if (!info) throw new CliError(`${pathArg}: no such file or folder. Give the path of the widget folder or of its widget.zip.`);
  if (folderOnly && !info.isDirectory()) {
    throw new CliError(`${pathArg} is not a folder. "widget-publisher ${folderOnly}" works on the widget's source folder.`);
  }
  const loaded = await readWidget(path);
  return { ...loaded, path, shownAs: pathArg };
}
