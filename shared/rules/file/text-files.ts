import type { RuleContext } from '../../check/rule-context';
import type { LocalizedMessage } from '../../model/finding';
import { isTextFile } from '../../model/snapshot';

export interface TextFileBytes {
  path: string;
  bytes: Uint8Array;
}

/**
 * Every text file in the widget, vendored libraries included: the checklist asks it of "all
 * text files", and the platform serves third-party files exactly as it serves our own.
 */
export function textFilesOf(context: RuleContext): TextFileBytes[] {
  return context.cache('file-rules:text-files', () =>
    context.snapshot.files.flatMap((file) => (file.bytes && isTextFile(file.path) ? [{ path: file.path, bytes: file.bytes }] : [])),
  );
}

export const FIX_COMMAND = 'widget-publisher fix <folder>';

/** How to apply the fix: on the folder itself, or on the folder the zip was packed from. */
export function fixAdvice(context: RuleContext): LocalizedMessage {
  return context.snapshot.source.kind === 'zip'
    ? {
        en: `run \`${FIX_COMMAND}\` on the folder this zip was made from and pack it again`,
        ru: `выполните \`${FIX_COMMAND}\` для папки, из которой собран этот архив, и упакуйте её заново`,
      }
    : { en: `run \`${FIX_COMMAND}\` to repair every file at once`, ru: `выполните \`${FIX_COMMAND}\` (исправит все файлы сразу)` };
}
