import sharp from 'sharp';

/**
 * UI-like slides made from SVG text in installed fonts (DejaVu Sans, Liberation Sans): a sidebar menu,
 * a toolbar with buttons, a table and a hint sentence, at 11-16 px like a real CRM screenshot.
 * The corpus for image/foreign-text: each part's language is chosen, so a slide can be clean or mixed.
 */

export type UiLanguage = 'ru' | 'en' | 'es' | 'pt' | 'tr' | 'id';

interface UiTexts {
  menu: string[];
  buttons: string[];
  headers: string[];
  rows: string[][];
  hint: string;
}

export const UI_TEXTS: Readonly<Record<UiLanguage, UiTexts>> = {
  ru: {
    menu: ['Рабочий стол', 'Сделки', 'Задачи', 'Контакты', 'Компании', 'Аналитика', 'Настройки'],
    buttons: ['Сохранить', 'Отменить', 'Добавить сделку'],
    headers: ['Название', 'Ответственный', 'Бюджет', 'Этап'],
    rows: [
      ['Поставка оборудования', 'Иван Петров', '120 000', 'Переговоры'],
      ['Годовой договор', 'Мария Соколова', '45 000', 'Первичный контакт'],
      ['Внедрение системы', 'Олег Смирнов', '300 000', 'Успешно'],
    ],
    hint: 'Выберите воронку и нажмите кнопку, чтобы отправить сообщение клиенту',
  },
  en: {
    menu: ['Dashboard', 'Leads', 'Tasks', 'Contacts', 'Companies', 'Statistics', 'Settings'],
    buttons: ['Save', 'Cancel', 'Add lead'],
    headers: ['Name', 'Responsible', 'Budget', 'Stage'],
    rows: [
      ['Equipment supply', 'John Parker', '12,000', 'Negotiation'],
      ['Annual contract', 'Mary Collins', '4,500', 'Initial contact'],
      ['System rollout', 'Oliver Smith', '30,000', 'Closed won'],
    ],
    hint: 'Choose the pipeline and press the button to send your message to the client',
  },
  es: {
    menu: ['Escritorio', 'Leads', 'Tareas', 'Contactos', 'Empresas', 'Estadísticas', 'Ajustes'],
    buttons: ['Guardar', 'Cancelar', 'Agregar lead'],
    headers: ['Nombre', 'Responsable', 'Presupuesto', 'Etapa'],
    rows: [
      ['Suministro de equipos', 'Juan Pérez', '12.000', 'Negociación'],
      ['Contrato anual', 'María López', '4.500', 'Primer contacto'],
      ['Implementación', 'Carlos Ruiz', '30.000', 'Ganado'],
    ],
    hint: 'Elija el embudo y pulse el botón para enviar su mensaje al cliente con un clic',
  },
  pt: {
    menu: ['Painel', 'Leads', 'Tarefas', 'Contatos', 'Empresas', 'Estatísticas', 'Configurações'],
    buttons: ['Salvar', 'Cancelar', 'Adicionar lead'],
    headers: ['Nome', 'Responsável', 'Orçamento', 'Etapa'],
    rows: [
      ['Fornecimento de equipamentos', 'João Silva', '12.000', 'Negociação'],
      ['Contrato anual', 'Ana Souza', '4.500', 'Primeiro contato'],
      ['Implantação do sistema', 'Pedro Lima', '30.000', 'Ganho'],
    ],
    hint: 'Escolha o funil e clique no botão para enviar a sua mensagem ao cliente com um clique',
  },
  tr: {
    menu: ['Gösterge paneli', 'Fırsatlar', 'Görevler', 'Kişiler', 'Şirketler', 'İstatistikler', 'Ayarlar'],
    buttons: ['Kaydet', 'İptal', 'Fırsat ekle'],
    headers: ['Ad', 'Sorumlu', 'Bütçe', 'Aşama'],
    rows: [
      ['Ekipman tedariki', 'Ahmet Yılmaz', '12.000', 'Müzakere'],
      ['Yıllık sözleşme', 'Ayşe Demir', '4.500', 'İlk temas'],
      ['Sistem kurulumu', 'Mehmet Kaya', '30.000', 'Kazanıldı'],
    ],
    hint: 'Huniyi seçin ve müşteriye mesaj göndermek için bu düğmeye tıklayın, çok kolay ve hızlı',
  },
  id: {
    menu: ['Dasbor', 'Prospek', 'Tugas', 'Kontak', 'Perusahaan', 'Statistik', 'Pengaturan'],
    buttons: ['Simpan', 'Batal', 'Tambah prospek'],
    headers: ['Nama', 'Penanggung jawab', 'Anggaran', 'Tahap'],
    rows: [
      ['Pengadaan peralatan', 'Budi Santoso', '12.000', 'Negosiasi'],
      ['Kontrak tahunan', 'Siti Rahma', '4.500', 'Kontak awal'],
      ['Penerapan sistem', 'Agus Wijaya', '30.000', 'Berhasil'],
    ],
    hint: 'Pilih saluran dan klik tombol untuk mengirim pesan anda kepada klien dengan mudah',
  },
};

export interface SlideSpec {
  /** Language of the sidebar menu (the part most often left in another language). */
  menu: UiLanguage;
  /** Language of the rest: buttons, table, hint. */
  content: UiLanguage;
  /** Latin product names shown in the content (a widget's own name, a service). */
  brands?: string[];
  /** false: no hint sentence, only labels (menus, buttons, a table), as most settings screens are. */
  hint?: boolean;
  font?: 'DejaVu Sans' | 'Liberation Sans';
  /** Base text size in px (11-16). */
  size?: number;
  theme?: 'light' | 'dark';
  width?: number;
  height?: number;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function textAt(x: number, y: number, text: string, size: number, fill: string, font: string, weight = 'normal'): string {
  return `<text x="${x}" y="${y}" font-family="${font}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(text)}</text>`;
}

export function slideSvg(spec: SlideSpec): string {
  const width = spec.width ?? 1188;
  const height = spec.height ?? 616;
  const font = spec.font ?? 'DejaVu Sans';
  const size = spec.size ?? 13;
  const dark = spec.theme === 'dark';
  const menu = UI_TEXTS[spec.menu];
  const content = UI_TEXTS[spec.content];
  const ink = dark ? '#e8ecf1' : '#2e3640';
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">`,
    `<rect width="${width}" height="${height}" fill="${dark ? '#20262e' : '#f5f6f8'}"/>`,
    `<rect width="200" height="${height}" fill="#1f2b3a"/>`,
  ];
  menu.menu.forEach((item, index) => parts.push(textAt(22, 56 + index * 40, item, size + 1, '#ffffff', font)));
  content.buttons.forEach((label, index) => {
    const x = 240 + index * 170;
    parts.push(`<rect x="${x}" y="26" width="150" height="34" rx="4" fill="${index === 0 ? '#4c8bf5' : dark ? '#39424d' : '#ffffff'}" stroke="#c9d1da"/>`);
    parts.push(textAt(x + 14, 48, label, size, index === 0 ? '#ffffff' : ink, font));
  });
  const columns = [240, 520, 720, 880];
  content.headers.forEach((header, index) => parts.push(textAt(columns[index], 110, header.toUpperCase(), size - 1, dark ? '#9aa5b1' : '#6b7683', font, 'bold')));
  content.rows.forEach((row, rowIndex) => {
    const y = 150 + rowIndex * 44;
    parts.push(`<line x1="240" y1="${y - 26}" x2="${width - 40}" y2="${y - 26}" stroke="${dark ? '#39424d' : '#dde3ea'}"/>`);
    row.forEach((cell, index) => parts.push(textAt(columns[index], y, cell, size, ink, font)));
  });
  if (spec.hint !== false) parts.push(textAt(240, 330, content.hint, size + 2, ink, font));
  (spec.brands ?? []).forEach((brand, index) => {
    parts.push(`<rect x="${240 + index * 200}" y="380" width="180" height="70" rx="8" fill="${dark ? '#2b333d' : '#ffffff'}" stroke="#c9d1da"/>`);
    parts.push(textAt(258 + index * 200, 422, brand, size + 3, ink, font, 'bold'));
  });
  parts.push('</svg>');
  return parts.join('');
}

export async function slidePng(spec: SlideSpec): Promise<Uint8Array> {
  return new Uint8Array(await sharp(Buffer.from(slideSvg(spec))).png().toBuffer());
}

/** A 400x272 logo: a mark and a name, with an optional slogan line. */
export async function logoPng(name: string, slogan: string | null, font = 'DejaVu Sans'): Promise<Uint8Array> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="272"><rect width="400" height="272" fill="#ffffff"/>` +
    `<circle cx="200" cy="90" r="48" fill="#4c8bf5"/>` +
    textAt(200 - name.length * 9, 180, name, 30, '#1f2b3a', font, 'bold') +
    (slogan ? textAt(30, 225, slogan, 17, '#4a5560', font) : '') +
    '</svg>';
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}
