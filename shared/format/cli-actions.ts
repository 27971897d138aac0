import type { FixAction, LocalizedMessage } from '../model/finding';
import type { ReportLanguage } from './format-text';

/** What the CLI words an action with: the widget as the user named it, so a command can be pasted as it is. */
export interface CliActionContext {
  /** The widget folder, or null when the report is about a zip (the fix then runs on the source folder). */
  folder: string | null;
}

const CONFIG = 'widget-publisher.json';

/** Quote a path for a shell command only when it needs it. */
function shellPath(path: string): string {
  return /^[\w./@:+-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

function text(en: string, ru: string): LocalizedMessage {
  return { en, ru };
}

/**
 * One action as the command line says it: the command or flag to run, or the setting of widget-publisher.json.
 * Null for actions the terminal has nothing to add to (the finding's position already says where to edit).
 */
export function cliActionText(action: FixAction, context: CliActionContext): LocalizedMessage | null {
  const folder = context.folder === null ? '<folder>' : shellPath(context.folder);
  switch (action.kind) {
    case 'fix-text-files':
      return text(`run \`widget-publisher fix ${folder}\``, `выполните \`widget-publisher fix ${folder}\``);
    case 'pack-zip':
      return text(`pack it with \`widget-publisher pack ${folder}\``, `упакуйте командой \`widget-publisher pack ${folder}\``);
    case 'make-logos': {
      const small = action.file === 'logo_small.png' || action.file === 'logo_min.png';
      const dp = action.file === 'logo_dp.png' ? ' --dp' : '';
      const extra = small ? ' (or `--small <image>` for the small squares)' : '';
      const extraRu = small ? ' (или `--small <image>` для маленьких квадратных)' : '';
      return text(
        `make the logos with \`widget-publisher images <logo>${dp}\`${extra}`,
        `сделайте логотипы командой \`widget-publisher images <logo>${dp}\`${extraRu}`,
      );
    }
    case 'make-slides': {
      const locale = action.locale ?? '<locale>';
      return text(
        `make slides with \`widget-publisher slides <image...> --locale ${locale} --update-manifest ${folder}\``,
        `сделайте слайды командой \`widget-publisher slides <image...> --locale ${locale} --update-manifest ${folder}\``,
      );
    }
    case 'set-config':
      return setConfigText(action.key, action.value);
    case 'ignore-file':
      return text(`add "${action.path}" to "ignore" in ${CONFIG}`, `добавьте "${action.path}" в "ignore" в ${CONFIG}`);
    case 'delete-file':
    case 'edit-in-step':
      return null;
    case 'new-widget':
      return text('`widget-publisher init <folder>` writes a new widget with a valid one', '`widget-publisher init <folder>` создаёт новый виджет с корректным файлом');
  }
}

function setConfigText(key: string, value: string | undefined): LocalizedMessage {
  if (key === 'platform' && value) {
    return text(`check with \`--platform ${value}\` or set "platform": "${value}" in ${CONFIG}`, `проверяйте с \`--platform ${value}\` или задайте "platform": "${value}" в ${CONFIG}`);
  }
  if (key === 'vendor' && value) return text(`add "${value}" to "vendor" in ${CONFIG}`, `добавьте "${value}" в "vendor" в ${CONFIG}`);
  if (key === 'css.rootSelectors') {
    return text(`set "css": { "rootSelectors": ["#your_root"] } in ${CONFIG}`, `укажите "css": { "rootSelectors": ["#your_root"] } в ${CONFIG}`);
  }
  return text(`set "${key}" in ${CONFIG}`, `задайте "${key}" в ${CONFIG}`);
}

/** The actions of a finding in one CLI sentence ("run `…`; add … to "ignore" …"), or null when none has CLI words. */
export function cliActionsSentence(actions: readonly FixAction[] | undefined, context: CliActionContext, lang: ReportLanguage): string | null {
  if (!actions) return null;
  const parts: string[] = [];
  for (const action of actions) {
    const words = cliActionText(action, context);
    if (words) parts.push(words[lang]);
  }
  return parts.length > 0 ? parts.join(lang === 'ru' ? '; или ' : '; or ') : null;
}
