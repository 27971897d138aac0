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
  replaceQuestion(file: string): string;
  replace: string;
  cancel: string;
  /** Electron's role items, which otherwise stay in English (About/Hide/Quit carry the product name). */
  roles: Record<LabelledRole, (appName: string) => string>;
}

export type LabelledRole =
  | 'about' | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit' | 'close'
  | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll'
  | 'reload' | 'toggleDevTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen'
  | 'minimize' | 'zoom' | 'front';

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
    replaceQuestion: (file) => `${file} already exists. Replace it?`,
    replace: 'Replace',
    cancel: 'Cancel',
    roles: {
      about: (app) => `About ${app}`,
      services: () => 'Services',
      hide: (app) => `Hide ${app}`,
      hideOthers: () => 'Hide Others',
      unhide: () => 'Show All',
      quit: (app) => `Quit ${app}`,
      close: () => 'Close Window',
      undo: () => 'Undo',
      redo: () => 'Redo',
      cut: () => 'Cut',
      copy: () => 'Copy',
      paste: () => 'Paste',
      selectAll: () => 'Select All',
      reload: () => 'Reload',
      toggleDevTools: () => 'Toggle Developer Tools',
      resetZoom: () => 'Actual Size',
      zoomIn: () => 'Zoom In',
      zoomOut: () => 'Zoom Out',
      togglefullscreen: () => 'Toggle Full Screen',
      minimize: () => 'Minimize',
      zoom: () => 'Zoom',
      front: () => 'Bring All to Front',
    },
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
    replaceQuestion: (file) => `${file} уже существует. Заменить его?`,
    replace: 'Заменить',
    cancel: 'Отмена',
    roles: {
      about: (app) => `О программе ${app}`,
      services: () => 'Службы',
      hide: (app) => `Скрыть ${app}`,
      hideOthers: () => 'Скрыть остальные',
      unhide: () => 'Показать все',
      quit: (app) => `Завершить ${app}`,
      close: () => 'Закрыть окно',
      undo: () => 'Отменить',
      redo: () => 'Повторить',
      cut: () => 'Вырезать',
      copy: () => 'Копировать',
      paste: () => 'Вставить',
      selectAll: () => 'Выделить всё',
      reload: () => 'Перезагрузить',
      toggleDevTools: () => 'Инструменты разработчика',
      resetZoom: () => 'Фактический размер',
      zoomIn: () => 'Увеличить',
      zoomOut: () => 'Уменьшить',
      togglefullscreen: () => 'Полноэкранный режим',
      minimize: () => 'Свернуть',
      zoom: () => 'Изменить масштаб',
      front: () => 'Все окна — на передний план',
    },
  },
};
