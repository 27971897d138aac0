import type { UiLanguage } from '../../shared/ipc/types';

/** The application menu speaks the UI language the user chose. */
export interface MenuLabels {
  file: string;
  newWidget: string;
  openFolder: string;
  openZip: string;
  openRecent: string;
  noRecent: string;
  missing: string;
  exportZip: string;
  preferences: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  checklist(platform: string): string;
  structure(platform: string): string;
  upload(platform: string): string;
  dialogOpenFolder: string;
  dialogOpenZip: string;
  dialogNewWidget: string;
  dialogImages: string;
  dialogSaveZip: string;
  dialogSaveText: string;
  zipFilter: string;
  imageFilter: string;
  textFilter: string;
}

export const MENU_LABELS: Record<UiLanguage, MenuLabels> = {
  en: {
    file: '&File',
    newWidget: 'New Widget…',
    openFolder: 'Open Widget Folder…',
    openZip: 'Open widget.zip…',
    openRecent: 'Open Recent',
    noRecent: 'No Recent Projects',
    missing: 'missing',
    exportZip: 'Export widget.zip…',
    preferences: 'Preferences…',
    edit: '&Edit',
    view: '&View',
    window: '&Window',
    help: '&Help',
    checklist: (platform) => `${platform} Marketplace Checklist`,
    structure: (platform) => `${platform} Widget Structure`,
    upload: (platform) => `${platform}: Uploading a Widget`,
    dialogOpenFolder: 'Open the widget folder (the one holding manifest.json)',
    dialogOpenZip: 'Open widget.zip',
    dialogNewWidget: 'Choose an empty folder for the widget',
    dialogImages: 'Choose images',
    dialogSaveZip: 'Export widget.zip',
    dialogSaveText: 'Save as',
    zipFilter: 'Widget archive',
    imageFilter: 'Images',
    textFilter: 'Text',
  },
  ru: {
    file: '&Файл',
    newWidget: 'Новый виджет…',
    openFolder: 'Открыть папку виджета…',
    openZip: 'Открыть widget.zip…',
    openRecent: 'Недавние',
    noRecent: 'Нет недавних проектов',
    missing: 'не найден',
    exportZip: 'Экспортировать widget.zip…',
    preferences: 'Настройки…',
    edit: '&Правка',
    view: '&Вид',
    window: '&Окно',
    help: '&Справка',
    checklist: (platform) => `Чек-лист маркетплейса ${platform}`,
    structure: (platform) => `Структура виджета ${platform}`,
    upload: (platform) => `${platform}: загрузка виджета`,
    dialogOpenFolder: 'Откройте папку виджета (ту, где лежит manifest.json)',
    dialogOpenZip: 'Открыть widget.zip',
    dialogNewWidget: 'Выберите пустую папку для виджета',
    dialogImages: 'Выберите изображения',
    dialogSaveZip: 'Экспорт widget.zip',
    dialogSaveText: 'Сохранить как',
    zipFilter: 'Архив виджета',
    imageFilter: 'Изображения',
    textFilter: 'Текст',
  },
};
