import type { RuleContext } from '../../check/rule-context';
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
export function fixAdvice(context: RuleContext): string {
  return context.snapshot.source.kind === 'zip'
    ? `run \`${FIX_COMMAND}\` on the folder this zip was made from and pack it again`
    : `run \`${FIX_COMMAND}\` to repair every file at once`;
}
