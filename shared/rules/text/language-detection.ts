import { visibleText } from '../../text/visible-length';

/**
 * Small, conservative language evidence for i18n texts: counts of function words ("the", "y", "não").
 * Two languages are compared by the words only one of them has, so shared words ("de" in Spanish and
 * Portuguese) never decide between them. Brand names, product terms and placeholders are never function
 * words, so a Spanish text full of English product names still reads as Spanish.
 */

export type LanguageCode = 'en' | 'es' | 'pt' | 'tr' | 'id' | 'ru';

export const LANGUAGE_NAMES: Readonly<Record<LanguageCode, string>> = {
  en: 'English',
  es: 'Spanish',
  pt: 'Portuguese',
  tr: 'Turkish',
  id: 'Indonesian',
  ru: 'Russian',
};

/** Russian language names: "переведите на английский", "на английском", "для английского языка". */
export const LANGUAGE_NAMES_RU: Readonly<Record<LanguageCode, { name: string; on: string; of: string }>> = {
  en: { name: 'английский', on: 'английском', of: 'английского' },
  es: { name: 'испанский', on: 'испанском', of: 'испанского' },
  pt: { name: 'португальский', on: 'португальском', of: 'португальского' },
  tr: { name: 'турецкий', on: 'турецком', of: 'турецкого' },
  id: { name: 'индонезийский', on: 'индонезийском', of: 'индонезийского' },
  ru: { name: 'русский', on: 'русском', of: 'русского' },
};

const FUNCTION_WORDS: Readonly<Record<LanguageCode, string>> = {
  en:
    'the and to of in for is are your you with this that on be it from by or an will can not all has have ' +
    'was were we our please into when which after before about if these those there their they would should ' +
    'been more each any only also than then its what how here does do her doesn\'t don\'t isn\'t can\'t it\'s you\'re',
  es:
    'el la los las y e o de del que en un una con por para es está su sus mi al lo se nos dos más pero este esta estos ' +
    'estas ese esa cuando donde usted ustedes tu tus nuestro ' +
    'nuestra también sin ya muy hay puede desde cada entre sobre todos todas',
  pt:
    'o os de do da dos das e em um uma com não na nos nas ao aos seu sua seus suas tu você vocês é mais também pelo ' +
    'pela pelos pelas isso este esta muito quando onde já foi são está por para que se cada entre sobre todos todas',
  tr:
    've bir bu için ile da de olarak gibi veya daha çok her sonra önce ama şu ne mi değil kadar sizin siz tüm ' +
    'olan bunu artık ancak',
  id:
    'dan yang di ke dari untuk dengan ini itu anda tidak akan pada dalam atau bisa ada juga oleh sudah lebih ' +
    'kami kita jika saat setelah harus dapat',
  ru:
    'и в не на что с по для это как вы ваш ваши вашего вашей от из к о при или если все так уже будет можно ' +
    'нужно чтобы после',
};

/**
 * Common words of interface texts ("save", "guardar", "salvar"), for short labels and messages where
 * function words are rare. Words that often name products or brands ("data", "lead", "chat", "bot",
 * "calendar") are left out, so "Lead Data Calculator" or "Telegram Bot" are not read as sentences.
 * The English list also decides text/wrong-language's untranslated labels in ru.json.
 */
const UI_WORDS: Readonly<Partial<Record<LanguageCode, string>>> = {
  en:
    'secret key login logout password save saved cancel settings setting name email phone enter select selected send sent ' +
    'sending delete deleted remove removed add added edit error errors success successfully failed failure search user users ' +
    'address title description message status close open yes no submit loading please wait field fields value text button ' +
    'list date time price total amount account token connect connected disconnect back next previous create created update ' +
    'updated choose required optional help support instruction instructions copy copied link test your new old apply reset ' +
    'confirm warning info number count comment comments order orders customer client manager responsible days day hours ' +
    'minutes week month year today tomorrow yesterday from to and or the of for with invalid result results empty found ' +
    'unknown available unavailable try again later sure want server connection changes change show hide more all none ' +
    'upload download file image click here check done continue authorization authorize must enabled disabled',
  es:
    'guardar guardado guardada guardados cambios cancelar configuración ajustes nombre correo electrónico teléfono ' +
    'introduzca ingrese seleccione seleccionar elija elegir enviar enviado enviada enviando eliminar borrar agregar añadir ' +
    'editar error errores éxito correctamente exitosamente cargando usuario usuarios dirección título descripción mensaje ' +
    'estado cerrar abrir sí espere favor campo campos valor texto botón lista fecha hora precio cuenta conectar conectado ' +
    'desconectar atrás siguiente anterior crear creado actualizar actualizado obligatorio opcional ayuda soporte ' +
    'instrucciones copiar copiado enlace nuevo nueva aplicar confirmar advertencia número cantidad comentario pedido ' +
    'cliente clientes responsable días día horas minutos semana mes meses año hoy mañana ayer contraseña clave buscar ' +
    'resultado inválido vacío encontrado intente nuevamente complete completar archivo seguro guardadas enviados enviadas ' +
    'creados actualizados cambio no',
  pt:
    'salvar salvo salva salvas salvos alterações cancelar configurações configuração nome telefone digite insira ' +
    'selecione selecionar escolha escolher enviar enviado enviada enviando excluir remover adicionar editar erro erros ' +
    'sucesso carregando usuário usuários endereço título descrição mensagem fechar abrir sim aguarde favor campo campos ' +
    'valor texto botão lista hora preço conta conectar conectado desconectar voltar próximo anterior criar criado ' +
    'atualizar atualizado obrigatório opcional ajuda suporte instruções copiar copiado novo nova aplicar confirmar aviso ' +
    'número quantidade comentário pedido cliente clientes responsável dias dia horas minutos semana mês meses ano hoje ' +
    'amanhã ontem senha chave buscar pesquisar resultado inválido vazio encontrado tente novamente preencha arquivo ' +
    'enviados enviadas criados atualizados alteração',
};

const WORD_LISTS: ReadonlyMap<LanguageCode, ReadonlySet<string>> = new Map(
  (Object.entries(FUNCTION_WORDS) as [LanguageCode, string][]).map(([language, words]) => [language, new Set(words.split(/\s+/))]),
);
const ALL_FUNCTION_WORDS: ReadonlySet<string> = new Set([...WORD_LISTS.values()].flatMap((words) => [...words]));
const UI_WORD_LISTS: ReadonlyMap<LanguageCode, ReadonlySet<string>> = new Map(
  (Object.entries(UI_WORDS) as [LanguageCode, string][]).map(([language, words]) => [language, new Set(words.split(/\s+/))]),
);

/** Languages with a list of interface words: the ones a short label in code can be recognised in. */
export const UI_WORD_LANGUAGES: readonly LanguageCode[] = [...UI_WORD_LISTS.keys()];

/** A common interface word of the language ("save", "guardar"); `word` in lower case. */
export function isUiWord(word: string, language: LanguageCode): boolean {
  return UI_WORD_LISTS.get(language)?.has(word) ?? false;
}

/** A function word of the language ("the", "el", "não"); `word` in lower case. */
export function isFunctionWord(word: string, language: LanguageCode): boolean {
  return WORD_LISTS.get(language)?.has(word) ?? false;
}

/** The language a locale code is written in, when we know its function words (`pt-BR` -> pt). */
export function languageOfLocale(locale: string): LanguageCode | null {
  const base = locale.split(/[-_]/)[0].toLowerCase();
  return base in FUNCTION_WORDS ? (base as LanguageCode) : null;
}

/**
 * Whitespace-separated pieces that are not words of any language: links, e-mails, domains and version
 * numbers ("site.com", "v1.2", "e.g."), placeholders (#SUBDOMAIN#) and template variables ({{name}}, %s).
 * Tested per piece, so a long value without spaces (base64, a minified snippet) costs linear time.
 */
function isNotWords(piece: string): boolean {
  return (
    /^(?:https?:\/\/|www\.)/i.test(piece) ||
    piece.includes('@') ||
    /[\p{L}\p{N}]\.[\p{L}\p{N}]/u.test(piece) ||
    /#[A-Z_]+#/.test(piece) ||
    /[{}%<>]/.test(piece)
  );
}
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

export interface LanguageEvidence {
  words: number;
  /** How often each function word (of any language) occurs. */
  functionWords: Map<string, number>;
}

export function languageEvidence(text: string): LanguageEvidence {
  const functionWords = new Map<string, number>();
  let words = 0;
  for (const piece of visibleText(text).split(' ')) {
    if (piece === '' || isNotWords(piece)) continue;
    for (const match of piece.matchAll(WORD)) {
      words += 1;
      const word = match[0].toLowerCase().replace(/’/g, "'");
      if (ALL_FUNCTION_WORDS.has(word)) functionWords.set(word, (functionWords.get(word) ?? 0) + 1);
    }
  }
  return { words, functionWords };
}

export function mergeEvidence(items: readonly LanguageEvidence[]): LanguageEvidence {
  const functionWords = new Map<string, number>();
  let words = 0;
  for (const item of items) {
    words += item.words;
    for (const [word, count] of item.functionWords) functionWords.set(word, (functionWords.get(word) ?? 0) + count);
  }
  return { words, functionWords };
}

export interface Thresholds {
  minWords: number;
  minHits: number;
  /** Share of all words that must be the other language's function words. */
  minShare: number;
}

/** Whole file: plenty of text, clearly dominated by another language. */
export const FILE_THRESHOLDS: Thresholds = { minWords: 15, minHits: 6, minShare: 0.1 };
/** One value: a sentence whose function words are all another language's. */
export const VALUE_THRESHOLDS: Thresholds = { minWords: 6, minHits: 3, minShare: 0.2 };

export interface OtherLanguage {
  language: LanguageCode;
  /** Function words of that language the expected language does not have. */
  hits: number;
  /** Function words of the expected language that language does not have. */
  own: number;
}

/** True for a function word of `language` that `against` lacks ("the" for English against Spanish). */
export function isDistinctFunctionWord(word: string, language: LanguageCode, against: LanguageCode): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'");
  return (WORD_LISTS.get(language)?.has(lower) ?? false) && !(WORD_LISTS.get(against)?.has(lower) ?? false);
}

/** Counts words one list has and the other lacks: "de" tells Spanish from English, not from Portuguese. */
function distinctHits(evidence: LanguageEvidence, language: LanguageCode, against: LanguageCode): number {
  const mine = WORD_LISTS.get(language);
  const theirs = WORD_LISTS.get(against);
  let hits = 0;
  for (const [word, count] of evidence.functionWords) if (mine?.has(word) && !theirs?.has(word)) hits += count;
  return hits;
}

/**
 * The other language a text is plainly written in, or null. Conservative on purpose: the expected
 * language must be (nearly) absent and the other one frequent, so mixed texts and product names pass.
 */
export function plainlyOtherLanguage(
  evidence: LanguageEvidence,
  expected: LanguageCode,
  thresholds: Thresholds,
  candidates: readonly LanguageCode[] = [...WORD_LISTS.keys()],
): OtherLanguage | null {
  if (evidence.words < thresholds.minWords) return null;
  let best: OtherLanguage | null = null;
  for (const language of candidates) {
    if (language === expected) continue;
    const hits = distinctHits(evidence, language, expected);
    if (!best || hits > best.hits) best = { language, hits, own: distinctHits(evidence, expected, language) };
  }
  if (!best || best.hits < thresholds.minHits || best.hits / evidence.words < thresholds.minShare) return null;
  return best.hits >= 4 * best.own + 2 ? best : null;
}
