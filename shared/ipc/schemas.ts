import { z } from 'zod';
import { PLATFORM_IDS, type PlatformId } from '../platform/profiles';
import type { ChannelArgs, InvokeChannel } from './contract';
import { MAX_DRAFT_JSON_BYTES, projectDraftSchema } from './draft';
import { IMAGE_SET_ID_PATTERN } from './image-types';
import { THEME_PREFERENCES, UI_LANGUAGES, type ThemePreference, type UiLanguage } from './types';

/**
 * Argument schemas for every channel. Main validates the `unknown` arguments of each message with
 * these before a handler runs; the preload never imports this file (zod stays out of it).
 */

/** An absolute path on any OS: POSIX `/...`, Windows `C:\...` or `\\server\share`. No NUL bytes. */
export const absolutePath = z
  .string()
  .min(1)
  .max(4_096)
  .refine((value) => !value.includes('\0'), 'must not contain NUL characters')
  .refine((value) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value), 'must be an absolute path');

const platformId = z.enum(PLATFORM_IDS as [PlatformId, ...PlatformId[]]);
const checkOptions = z.object({ platform: platformId.optional() }).strict();
const jobId = z.string().regex(/^job-[0-9]+$/, 'must be a job id');
const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((value) => !/[\\/\0]/.test(value), 'must be a file name, not a path');

const preferencesPatch = z
  .object({
    language: z.enum(UI_LANGUAGES as [UiLanguage, ...UiLanguage[]]).optional(),
    theme: z.enum(THEME_PREFERENCES as [ThemePreference, ...ThemePreference[]]).optional(),
  })
  .strict();

const draft = projectDraftSchema.refine(
  (value) => new TextEncoder().encode(JSON.stringify(value)).length <= MAX_DRAFT_JSON_BYTES,
  `draft is larger than ${MAX_DRAFT_JSON_BYTES} bytes`,
);

const fit = z.enum(['contain', 'cover']);
const position = z.enum(['centre', 'attention', 'entropy']);
const background = z.string().regex(/^(transparent|#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6})$/, 'must be "transparent" or a #RRGGBB colour');

const logoSetRequest = z
  .object({
    source: absolutePath,
    wideSource: absolutePath.nullable().optional(),
    smallSource: absolutePath.nullable().optional(),
    platform: platformId,
    areas: z.array(z.string().max(64)).max(64),
    fit: fit.optional(),
    position: position.optional(),
    padding: z.number().min(0).max(40).optional(),
    background: background.optional(),
    clearBackground: z.boolean().optional(),
  })
  .strict();

const slidesRequest = z
  .object({
    sources: z.array(absolutePath).min(1).max(5),
    locale: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as en'),
    platform: platformId,
    fit: fit.optional(),
    position: position.optional(),
    background: background.optional(),
    format: z.enum(['png', 'jpeg']).optional(),
    firstNumber: z.number().int().min(1).max(5).optional(),
  })
  .strict();

const moderationInfo = z
  .object({
    integrationId: z.string().max(2_000).optional(),
    widgetCode: z.string().max(2_000).optional(),
    accountId: z.string().max(2_000).optional(),
    howItWorks: z.string().max(20_000).optional(),
    instructions: z.string().max(20_000).optional(),
    testData: z.string().max(20_000).optional(),
    supportPhone: z.string().max(2_000).optional(),
    supportEmail: z.string().max(2_000).optional(),
    changes: z.string().max(20_000).optional(),
  })
  .strict();

const messageRequest = z
  .object({
    projectPath: absolutePath,
    moderation: moderationInfo,
    lang: z.enum(['ru', 'en']),
    update: z.boolean(),
    platform: platformId.optional(),
  })
  .strict();

/** A POSIX path inside the widget (`i18n/en.json`): no absolute path, no `..`, no backslash, no empty part. */
export const widgetRelativePath = z
  .string()
  .min(1)
  .max(1_024)
  .refine((value) => !/[\\\0:]/.test(value), 'must not contain backslashes, colons or NUL characters')
  .refine((value) => value.split('/').every((part) => part !== '' && part !== '.' && part !== '..'), 'must be a relative path inside the widget');

const imageSetId = z.string().regex(IMAGE_SET_ID_PATTERN, 'must be an image set id');
const textFiles = z.array(z.object({ path: widgetRelativePath, text: z.string().max(5_000_000) }).strict()).max(200);
const imageTargets = z.array(z.object({ setId: imageSetId, folder: widgetRelativePath, files: z.array(fileName).max(100).optional() }).strict()).max(20);
const renames = z.array(z.object({ from: widgetRelativePath, to: widgetRelativePath }).strict()).max(100);
const deletes = z.array(widgetRelativePath).max(500);

const saveFilesRequest = z
  .object({
    folder: absolutePath,
    nestedRoot: widgetRelativePath.nullable(),
    files: textFiles,
    images: imageTargets.optional(),
    renames: renames.optional(),
    deletes: deletes.optional(),
  })
  .strict();

const saveAsFolderRequest = z
  .object({
    source: absolutePath,
    folder: absolutePath,
    files: textFiles,
    images: imageTargets.optional(),
    renames: renames.optional(),
    deletes: deletes.optional(),
  })
  .strict();

type ArgSchemas = { [C in InvokeChannel]: z.ZodType<ChannelArgs<C>> };

export const ARG_SCHEMAS: ArgSchemas = {
  'app:info': z.tuple([]),
  'app:take-notices': z.tuple([]),
  'settings:get': z.tuple([]),
  'settings:update': z.tuple([preferencesPatch]),
  'recent:list': z.tuple([]),
  'recent:forget': z.tuple([absolutePath]),
  'dialog:open-folder': z.tuple([]),
  'dialog:open-zip': z.tuple([]),
  'dialog:new-widget-folder': z.tuple([]),
  'dialog:open-images': z.tuple([z.boolean()]),
  'dialog:save-zip': z.tuple([absolutePath]),
  'dialog:save-text': z.tuple([fileName]),
  'project:open': z.tuple([absolutePath, checkOptions]),
  'project:fix': z.tuple([absolutePath]),
  'project:plan': z.tuple([absolutePath]),
  'project:export': z.tuple([absolutePath, absolutePath.refine((value) => /\.zip$/i.test(value), 'must end with .zip'), checkOptions]),
  'project:read': z.tuple([absolutePath]),
  'project:save-files': z.tuple([saveFilesRequest]),
  'project:prepare-new': z.tuple([absolutePath]),
  'images:logo-set': z.tuple([logoSetRequest]),
  'images:slides': z.tuple([slidesRequest]),
  'project:save-as-folder': z.tuple([saveAsFolderRequest]),
  'images:restore': z.tuple([imageSetId]),
  'message:write': z.tuple([messageRequest]),
  'file:save-text': z.tuple([absolutePath, z.string().max(1_000_000)]),
  'drafts:get': z.tuple([absolutePath]),
  'drafts:save': z.tuple([absolutePath, draft]),
  'jobs:await': z.tuple([jobId]),
  'jobs:cancel': z.tuple([jobId]),
  'shell:reveal': z.tuple([absolutePath]),
  'shell:open-external': z.tuple([z.string().max(2_048)]),
  'clipboard:write-text': z.tuple([z.string().max(1_000_000)]),
  'window:close-ready': z.tuple([z.string().regex(/^close-[0-9]+$/, 'must be a close request id')]),
};

/** The first problem with a message's arguments, in words, or null when they are valid. */
export function describeArgsProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid arguments';
  const where = issue.path.length > 0 ? `argument ${issue.path.map(String).join('.')}` : 'arguments';
  return `${where}: ${issue.message}`;
}
