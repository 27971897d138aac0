import { describe, expect, it } from 'vitest';
import { checkWidget } from '../../../shared/check/check-widget';
import type { Finding } from '../../../shared/model/finding';
import type { WidgetSnapshot } from '../../../shared/model/snapshot';
import { globalSelectorRule } from '../../../shared/rules/css/global-selector';
import { fileBomRule } from '../../../shared/rules/file/bom';
import { fileCrlfRule } from '../../../shared/rules/file/crlf';
import { imageDimensionsRule } from '../../../shared/rules/image/dimensions';
import { nestedRootRule } from '../../../shared/rules/package/nested-root';
import type { Rule } from '../../../shared/rules/rule';
import { textNameLengthRule } from '../../../shared/rules/text/name-length';
import { textNameViaRule } from '../../../shared/rules/text/name-via';
import { said } from '../../helpers/finding-text';
import { snapshotFromFiles, validI18n, validImageInfo, validWidgetFiles, type FixtureFiles } from '../../helpers/widget-fixture';

function russian(rule: Rule, snapshot: WidgetSnapshot): string[] {
  return checkWidget(snapshot, { rules: [rule] }).findings.map((finding: Finding) => said(finding, 'ru'));
}

function withName(name: string): FixtureFiles {
  const en = validI18n('en') as { widget: Record<string, string> };
  en.widget.name = name;
  return { ...validWidgetFiles(), 'i18n/en.json': en };
}

describe('Russian wording of the most common findings', () => {
  it('text/name-length counts characters with the right plural forms', () => {
    const [long] = russian(textNameLengthRule, snapshotFromFiles(withName('Deals to Telegram and WhatsApp via Acme')));
    expect(long).toBe(
      'Название для локали en: 39 символов, а amoCRM допускает не больше 30\n' +
        'help: Сократите на 9 символов: "Deals to Telegram and WhatsApp via Acme".',
    );
    const [atLimit] = russian(textNameLengthRule, snapshotFromFiles(withName('Deals to Telegram via Acme Co.')));
    expect(atLimit).toBeUndefined();
    const [overByOne] = russian(textNameLengthRule, snapshotFromFiles(withName('Deals to Telegram via Acme Corp')));
    expect(overByOne).toContain(': 31 символ,');
    expect(overByOne).toContain('Сократите на 1 символ:');
    const [overByTwo] = russian(textNameLengthRule, snapshotFromFiles(withName('Deals to Telegram via Acme Corp.X')));
    expect(overByTwo).toContain(': 33 символа,');
    expect(overByTwo).toContain('Сократите на 3 символа:');
  });

  it('text/name-via asks for "Product via Company"', () => {
    const [message] = russian(textNameViaRule, snapshotFromFiles(withName('Deals to Telegram')));
    expect(message).toBe(
      'Название для локали en ("Deals to Telegram") не говорит, кто сделал виджет\n' +
        'help: Маркетплейс требует формат "Продукт via Компания", например "Deals to Telegram via <Компания>" (слово "via" на любом языке).',
    );
  });

  it('file/bom names the bytes and the repair, for a folder and for a zip', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]);
    const [folder] = russian(fileBomRule, snapshotFromFiles({ ...validWidgetFiles(), 'style.css': bytes }));
    expect(folder).toBe(
      'style.css начинается с метки порядка байтов UTF-8 (BOM, байты EF BB BF)\n' +
        'help: Исправьте все текстовые файлы разом средствами Widget Publisher либо сохраните файл в редакторе в кодировке "UTF-8" ' +
        '(не "UTF-8 with BOM"): маркетплейс требует UTF-8 без BOM.',
    );
    const [zip] = russian(fileBomRule, snapshotFromFiles({ ...validWidgetFiles(), 'style.css': bytes }, { kind: 'zip' }));
    expect(zip).toContain('Исправьте папку, из которой собран этот архив, и упакуйте её заново');
  });

  it('file/crlf says how many lines, in the right form', () => {
    const lines = (count: number) => Array.from({ length: count }, (_, index) => `.a${index} { }`).join('\r\n') + '\r\n';
    const ru = (count: number) => russian(fileCrlfRule, snapshotFromFiles({ ...validWidgetFiles(), 'style.css': lines(count) }))[0];
    expect(ru(1)).toBe(
      'Окончания строк Windows (CRLF) — 1 строка, первая — строка 1\n' +
        'help: Исправьте все текстовые файлы разом средствами Widget Publisher либо переключите в редакторе окончания строк на "LF": ' +
        'маркетплейс требует окончания строк Unix (LF).',
    );
    expect(ru(3)).toContain('(CRLF) — 3 строки,');
    expect(ru(5)).toContain('(CRLF) — 5 строк,');
    expect(ru(21)).toContain('(CRLF) — 21 строка,');
  });

  it('package/nested-root explains the folder at the root of the zip', () => {
    const [message] = russian(nestedRootRule, snapshotFromFiles(validWidgetFiles(), { kind: 'zip', nestedRoot: 'widget' }));
    expect(message).toBe(
      'В корне архива лежит папка "widget/", а не сами файлы виджета\n' +
        'help: Самая частая ошибка при загрузке (страница структуры виджета, "Типовые ошибки"): платформа не найдёт manifest.json. ' +
        'Упакуйте в zip файлы из "widget/", а не саму папку, или распакуйте архив и упакуйте "widget" средствами Widget Publisher.',
    );
  });

  it('css/global-selector says what the selector styles and how to scope it', () => {
    const snapshot = snapshotFromFiles({ ...validWidgetFiles(), 'style.css': '.acme-deals { display: flex; }\nbody { margin: 0; }\n' });
    const [message] = russian(globalSelectorRule, snapshot);
    expect(message).toMatch(/^Глобальный селектор "body": он начинается с body и поэтому оформляет всю страницу amoCRM\nhelp: Начните его с корня виджета, например "\.acme-deals"\./);
    expect(message).toContain('Корень виджета определён по вашим стилям как "acme-deals"');
  });

  it('image/dimensions gives both sizes and the proportion advice', () => {
    const images = { ...validImageInfo(), 'images/logo_main.png': { format: 'png', width: 800, height: 544, bytes: 1000 } };
    const [same] = russian(imageDimensionsRule, snapshotFromFiles(validWidgetFiles(), { images }));
    expect(same).toBe(
      'images/logo_main.png имеет размер 800x544 px, а не 400x272 px\n' +
        'help: Маркетплейсу нужен ровно 400x272 px (карточка в каталоге маркетплейса). ' +
        'Пропорции верные, поэтому достаточно масштабировать его до 400x272. Widget Publisher делает все размеры логотипа сразу.',
    );
    const other = { ...validImageInfo(), 'images/logo_min.png': { format: 'png', width: 100, height: 84, bytes: 1000 } };
    const [stretched] = russian(imageDimensionsRule, snapshotFromFiles(validWidgetFiles(), { images: other }));
    expect(stretched).toContain('Пропорции тоже другие, поэтому впишите его в холст 84x84, а не растягивайте.');
  });
});
