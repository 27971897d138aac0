import type { RuleContext } from '../../check/rule-context';
import type { FixAction, LocalizedMessage } from '../../model/finding';
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

/**
 * How to apply the fix, as advice and an action: the tool repairs every text file at once, on the folder
 * itself or on the folder the zip was packed from (then the zip is packed again).
 */
export function fixTextFilesAdvice(context: RuleContext, editor: LocalizedMessage): { help: LocalizedMessage; actions: FixAction[] } {
  if (context.snapshot.source.kind === 'zip') {
    return {
      help: {
        en: `Repair the folder this zip was made from and pack it again, or ${editor.en}.`,
        ru: `Исправьте папку, из которой собран этот архив, и упакуйте её заново либо ${editor.ru}.`,
      },
      actions: [{ kind: 'fix-text-files' }, { kind: 'pack-zip' }],
    };
  }
  return {
    help: { en: `Let Widget Publisher repair every text file at once, or ${editor.en}.`, ru: `Исправьте все текстовые файлы разом средствами Widget Publisher либо ${editor.ru}.` },
    actions: [{ kind: 'fix-text-files' }],
  };
}
