import { ignoreMatcher } from '../../shared/config/ignore-matcher';
import type { Stats } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { CONFIG_READ_LIMIT } from '../../shared/platform/limits';
import { basename, extname, join, resolve } from 'node:path';
import { assertKnownRuleIds, parseWidgetConfig, type WidgetConfig } from '../../shared/config/widget-config';
import { RULE_CATALOGUE } from '../../shared/rules/catalogue';
import { CONFIG_FILE_NAME, isImageFile, type ImageInfo, type UnsafeEntry, type WidgetFile, type WidgetSnapshot } from '../../shared/model/snapshot';
import { decodeText } from '../../shared/text/text-decoding';
import { isJunkPath } from '../../shared/widget/junk-files';
import { mapWithConcurrency } from './reader/concurrency';
import { comparePaths } from './reader/entry-paths';
import { findFolderNestedRoot, listFolder } from './reader/folder-source';
import { readImageInfo } from './reader/image-info';
import { DEFAULT_READ_LIMITS, formatMegabytes, type ReadLimits, type SourceEntry } from './reader/source-entry';
import { DamagedZipError, listZip } from './reader/zip-source';
import { looksLikeZip } from './reader/zip-directory';
import { readRegularFile } from './regular-file';
import { UserError } from './user-error';

export interface ReadWidgetOptions {
  /** Refuse a zip that would unpack to more than this (default 200 MB). */
  maxTotalBytes?: number;
  /** Refuse a zip entry that would unpack to more than this (default 50 MB). */
  maxEntryBytes?: number;
  /** Keep the files widget-publisher.json's `ignore` leaves out (to copy a widget whole, not to check it). */
  includeIgnored?: boolean;
}

export interface ReadWidgetResult {
  snapshot: WidgetSnapshot;
  /** widget-publisher.json, validated; `{}` when the widget has none. */
  config: WidgetConfig;
}

const FILE_CONCURRENCY = 64;
/** sharp uses its own threads per image; a few images at a time keep a 2-core machine responsive. */
const IMAGE_CONCURRENCY = 3;

/**
 * Read a widget from its folder or its widget.zip into a snapshot the rules can check.
 * A zip is read in memory, never unpacked to disk. Problems the user must fix (no such path,
 * damaged zip, bad config) are thrown as UserError / ConfigError; unsafe zip entries are not
 * thrown but listed in `snapshot.unsafeEntries` for package/unsafe-entry to report.
 */
export async function readWidget(path: string, options: ReadWidgetOptions = {}): Promise<ReadWidgetResult> {
  const limits: ReadLimits = {
    ...DEFAULT_READ_LIMITS,
    ...(options.maxTotalBytes !== undefined ? { maxTotalBytes: options.maxTotalBytes } : {}),
    ...(options.maxEntryBytes !== undefined ? { maxEntryBytes: options.maxEntryBytes } : {}),
  };
  const absolute = resolve(path);
  const stats = await statOrExplain(absolute);
  const includeIgnored = options.includeIgnored === true;
  if (stats.isDirectory()) return readFolderWidget(absolute, limits, includeIgnored);
  if (stats.isFile()) return readZipWidget(absolute, stats, limits);
  throw new UserError(`${absolute} is neither a folder nor a file. Point Widget Publisher at the widget folder or at widget.zip.`, absolute);
}

async function statOrExplain(path: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new UserError(`Nothing found at ${path}. Check the path: give the widget folder (the one holding manifest.json) or widget.zip.`, path);
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new UserError(`Permission denied reading ${path}. Give yourself read access and try again.`, path);
    }
    throw new UserError(`Cannot open ${path}: ${(error as Error).message}.`, path);
  }
}

async function readFolderWidget(folder: string, limits: ReadLimits, includeIgnored: boolean): Promise<ReadWidgetResult> {
  const nestedRoot = await findFolderNestedRoot(folder);
  const root = nestedRoot === null ? folder : join(folder, ...nestedRoot.split('/'));
  const configText = await readConfigText(root);
  const config = configText === null ? {} : readConfig(configText);
  const isIgnored = includeIgnored ? () => false : ignoreMatcher(config.ignore);
  const listing = await listFolder(root, (path) => path === CONFIG_FILE_NAME || isIgnored(path), limits);
  return finish({ kind: 'folder', path: folder }, nestedRoot, configText, config, listing.entries, listing.unsafeEntries);
}

function readConfig(text: string): WidgetConfig {
  const config = parseWidgetConfig(text);
  assertKnownRuleIds(config, text, RULE_CATALOGUE.map((rule) => rule.id));
  return config;
}

/** The config is read only as a regular file under its size cap: a pipe would hang, a link to /dev/zero fill memory. */
async function readConfigText(root: string): Promise<string | null> {
  const bytes = await readRegularFile(join(root, CONFIG_FILE_NAME), {
    maxBytes: CONFIG_READ_LIMIT.maxBytes,
    shownAs: join(root, CONFIG_FILE_NAME),
    role: "the widget's Widget Publisher settings",
  });
  return bytes === null ? null : decodeText(bytes);
}

async function readZipWidget(zipPath: string, stats: Stats, limits: ReadLimits): Promise<ReadWidgetResult> {
  const zipName = basename(zipPath);
  const head = await readHead(zipPath);
  if (!looksLikeZip(head)) {
    const hint =
      extname(zipPath).toLowerCase() === '.zip'
        ? 'Its content is not a zip archive (renamed from another format, or damaged). Make it again from the widget folder: Widget Publisher exports a clean one.'
        : 'Give the widget folder (the one holding manifest.json) or widget.zip.';
    throw new UserError(`${zipPath} is not a widget folder nor a zip file. ${hint}`, zipPath);
  }
  const source = { kind: 'zip' as const, path: zipPath };
  if (stats.size > limits.maxTotalBytes) {
    const tooLarge: UnsafeEntry = {
      name: zipName,
      kind: 'too-large',
      detail: `the archive is ${formatMegabytes(stats.size)}, over the ${formatMegabytes(limits.maxTotalBytes)} limit; it was not read. A widget is a few megabytes: leave out videos, dependencies and build leftovers`,
    };
    return finish(source, null, null, {}, [], [tooLarge]);
  }

  const bytes = new Uint8Array(
    await readFile(zipPath).catch((error: unknown) => {
      throw unreadable(zipPath, error);
    }),
  );
  try {
    const listing = listZip(bytes, zipName, limits);
    const configEntry = listing.entries.find((entry) => entry.path === CONFIG_FILE_NAME);
    let configText: string | null = null;
    if (configEntry) {
      const loaded = await configEntry.load();
      if ('bytes' in loaded && loaded.bytes && loaded.bytes.length <= CONFIG_READ_LIMIT.maxBytes) configText = decodeText(loaded.bytes);
    }
    const config = configText === null ? {} : readConfig(configText);
    // Every entry of a zip ships, the config file included (package/junk-file reports it: it may hold test
    // credentials), so nothing is left out and the archive's own `ignore` hides nothing from the check.
    return await finish(source, listing.nestedRoot, configText, config, listing.entries, listing.unsafeEntries);
  } catch (error) {
    if (error instanceof DamagedZipError) {
      throw new UserError(`${zipPath} cannot be read: ${error.message}. Make the archive again from the widget folder: Widget Publisher exports a clean one.`, zipPath);
    }
    throw error;
  }
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw unreadable(path, error);
  });
  try {
    const head = new Uint8Array(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function unreadable(path: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
  return new UserError(`Cannot read ${path}: ${why}. Give yourself read access and try again.`, path);
}

async function finish(
  source: WidgetSnapshot['source'],
  nestedRoot: string | null,
  configText: string | null,
  config: WidgetConfig,
  entries: readonly SourceEntry[],
  unsafeEntries: UnsafeEntry[],
): Promise<ReadWidgetResult> {
  const files: WidgetFile[] = [];
  const loaded = await mapWithConcurrency(entries, FILE_CONCURRENCY, (entry) => entry.load());
  loaded.forEach((result, index) => {
    if ('unsafe' in result) unsafeEntries.push(result.unsafe);
    else files.push({ path: entries[index].path, size: result.size, bytes: result.bytes });
  });
  files.sort((a, b) => comparePaths(a.path, b.path));

  const imageFiles = files.filter((file) => isImageFile(file.path) && !isJunkPath(file.path) && file.bytes !== null);
  const infos = await mapWithConcurrency(imageFiles, IMAGE_CONCURRENCY, (file) => readImageInfo(file.path, file.bytes as Uint8Array));
  const images: Record<string, ImageInfo> = {};
  for (const info of infos) images[info.path] = info;

  return {
    snapshot: { source, nestedRoot, files, images, unsafeEntries, configText },
    config,
  };
}
