import type { LocalizedMessage } from '../model/finding';

/**
 * Real data left in example values (a settings field's placeholder): a key or password someone used while
 * testing, or the e-mail or CRM account of the developer. Pattern placeholders ("Enter your API key",
 * "xxxx-xxxx", "your-subdomain", "name@example.com") are what such values should be and pass.
 */
export interface LeakedValue {
  kind: 'secret' | 'account';
  /** The part of the text that looks real, as written. */
  found: string;
  what: LocalizedMessage;
}

/** What the field asks for, from its type and code: a password field's example must never be a real-looking password. */
export interface FieldHint {
  password: boolean;
  /** The field asks for an account, subdomain, login or e-mail. */
  account: boolean;
}

/** Prefixes of well-known secret formats: Stripe, GitHub, Slack, AWS, Google API keys, private keys. */
const KNOWN_SECRET = /^(?:(?:sk|pk|rk)_(?:live|test)_[0-9a-z]{8,}|gh[pousr]_[0-9a-z]{20,}|github_pat_\w{20,}|xox[abposr]-[0-9a-z-]{10,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{30,}|-----BEGIN[A-Z ]*PRIVATE KEY)/i;
const JWT = /^eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]+$/i;
/** Characters of keys and tokens: base64, base64url and the separators keys use. */
const TOKEN_CHARS = /^[A-Za-z0-9+/=_.-]+$/;
const EMAIL = /^[\w.+-]{1,64}@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})$/i;
/** A CRM account address: `mycompany.amocrm.ru`, `https://shop.kommo.com/leads`. */
const CRM_ACCOUNT = /^(?:https?:\/\/)?([a-z0-9-]+)\.(?:amocrm\.(?:ru|com)|kommo\.com)(?:[/:?#]|$)/i;
/**
 * Words that mark a value as a pattern, not data: "your-subdomain", "example", "user@domain.com", "ivan" is not one.
 * Deliberately broad: a pattern word in a real key is improbable, a missed pattern would be a false alarm.
 */
const PATTERN_WORD = /your|you|example|sample|subdomain|domain|account|company|login|user|name|mail|email|test|demo|xxx|placeholder|token|key|secret|password|here|пример|ваш|домен|логин|почта|компания/i;
/** Masks: `xxxx-xxxx`, `****`, `000000`, `•••`, `1234567890`. */
const MASK_CHARS = /^[xX*•·.#_\-0 ]+$/;

/** Example values are short; a longer text is only read this far. */
const MAX_SCANNED_CHARS = 4096;
const MIN_TOKEN_LENGTH = 20;
/** A random key of 20+ characters carries well over 3.5 bits a character; words and repeated patterns much less. */
const MIN_TOKEN_ENTROPY = 3.5;
const MIN_HEX_LENGTH = 32;
/** Fewer distinct characters than this is a pattern (`abcabcabc...`, `0000...`), not a key. */
const MIN_DISTINCT = 10;
const MIN_CLASS_CHANGES = 0.35;

/**
 * Share of neighbouring characters of different kinds (upper, lower, digit, other). Random keys switch at
 * about every second character; words in camelCase or with a year (`HelloWorld2024Campaign`) rarely.
 */
function classChanges(text: string): number {
  const kind = (char: string): number => (/[A-Z]/.test(char) ? 0 : /[a-z]/.test(char) ? 1 : /\d/.test(char) ? 2 : 3);
  let changes = 0;
  for (let at = 1; at < text.length; at += 1) if (kind(text[at]) !== kind(text[at - 1])) changes += 1;
  return changes / (text.length - 1);
}

function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const share = count / text.length;
    entropy -= share * Math.log2(share);
  }
  return entropy;
}

const RUNS = ['0123456789abcdefghijklmnopqrstuvwxyz', '0123456789abcdef', '0123456789', 'qwertyuiopasdfghjklzxcvbnm'].map((run) => run.repeat(8));

/** Runs typed to fill a field (`0123456789abcdef...`, `qwerty...`) and a short unit repeated (`ab12ab12ab12`). */
function isSequential(text: string): boolean {
  const lower = text.toLowerCase();
  if (RUNS.some((run) => run.includes(lower))) return true;
  for (let unit = 1; unit <= lower.length / 2; unit += 1) {
    if (lower.length % unit === 0 && lower.slice(0, unit).repeat(lower.length / unit) === lower) return true;
  }
  return false;
}

function isMask(text: string): boolean {
  return MASK_CHARS.test(text) || new Set(text.toLowerCase()).size <= 2 || isSequential(text);
}

/** A key, token or hash: a known format, a JWT, a UUID, a long hex string or a long random-looking token. */
function secretToken(token: string): LeakedValue | null {
  const secret = (en: string, ru: string): LeakedValue => ({ kind: 'secret', found: token, what: { en, ru } });
  if (KNOWN_SECRET.test(token)) return secret('a real-looking API key', 'похоже на настоящий API-ключ');
  if (JWT.test(token)) return secret('a JWT access token', 'токен доступа JWT');
  if (isMask(token.replace(/-/g, ''))) return null;
  if (UUID.test(token)) return new Set(token.replace(/-/g, '')).size >= 6 ? secret('a UUID-like key', 'ключ вида UUID') : null;
  if (token.length < MIN_TOKEN_LENGTH || !TOKEN_CHARS.test(token) || PATTERN_WORD.test(token)) return null;
  const distinct = new Set(token).size;
  if (distinct < MIN_DISTINCT) return null;
  const digits = /\d/.test(token);
  const letters = /[a-z]/i.test(token);
  if (HEX.test(token)) return token.length >= MIN_HEX_LENGTH && digits && letters ? secret('a hex key or hash', 'шестнадцатеричный ключ или хеш') : null;
  // Words joined by dots or dashes (an i18n key, a slug) mix no digits into letters of both cases.
  const mixed = digits && letters && (/[a-z]/.test(token) && /[A-Z]/.test(token) || token.length >= 32);
  if (!mixed || shannonEntropy(token) < MIN_TOKEN_ENTROPY || classChanges(token) < MIN_CLASS_CHANGES) return null;
  return secret('a random-looking key or token', 'похоже на случайный ключ или токен');
}

/** Local parts and domains of e-mail examples: `name@example.com`, `you@yourcompany.ru`, `user@domain.com`. */
const PATTERN_MAILBOX = /^(?:example|sample|your[\w.-]*|you|name|first\.?last|user(?:name)?|login|e?mail|test|demo|x+|info|support|admin|mailbox|адрес|почта)$/i;
const PATTERN_MAIL_DOMAIN = /(?:^|\.)(?:example|sample|domain|your[\w-]*|company|site|test|demo|mail-?server)\.[a-z]{2,}$/i;

function accountToken(token: string, hint: FieldHint): LeakedValue | null {
  const account = (en: string, ru: string): LeakedValue => ({ kind: 'account', found: token, what: { en, ru } });
  const email = EMAIL.exec(token);
  if (email) {
    const mailbox = token.slice(0, token.lastIndexOf('@'));
    return PATTERN_MAILBOX.test(mailbox) || PATTERN_MAIL_DOMAIN.test(email[1]) || isMask(mailbox)
      ? null
      : account('a real-looking e-mail address', 'похоже на настоящий адрес e-mail');
  }
  const crm = CRM_ACCOUNT.exec(token);
  if (crm) return PATTERN_WORD.test(crm[1]) || isMask(crm[1]) ? null : account(`the CRM account "${crm[1]}"`, `аккаунт CRM "${crm[1]}"`);
  if (!hint.account) return null;
  // A login or subdomain typed as an example: an identifier that is no pattern word (`bakery_shop7`, `ivanov`).
  if (/^[a-z][a-z0-9_-]{2,40}$/i.test(token) && !PATTERN_WORD.test(token) && !isMask(token) && /\d|[_-]/.test(token)) {
    return account('a real-looking account name or login', 'похоже на настоящее имя аккаунта или логин');
  }
  return null;
}

/** A password example that is a real password rather than a mask or a hint: letters mixed with digits in one word. */
function passwordToken(token: string, hint: FieldHint): LeakedValue | null {
  if (!hint.password || isMask(token) || PATTERN_WORD.test(token) || token.length < 6) return null;
  if (!/\d/.test(token) || !/\p{L}/u.test(token) || /\s/.test(token)) return null;
  return { kind: 'secret', found: token, what: { en: 'a real-looking password', ru: 'похоже на настоящий пароль' } };
}

/** Strips quotes and punctuation around a word of a sentence: `"sk_live_..."`, `(ivan@mail.ru),`. */
function bareToken(word: string): string {
  return word.replace(/^[("'«“[{<]+/, '').replace(/[)"'»”\]}>,;:!?]+$/, '').replace(/\.$/, '');
}

/** The first real-looking secret, e-mail or account in an example value; null for pattern placeholders. */
export function leakedValue(text: string, hint: FieldHint): LeakedValue | null {
  const words = text.slice(0, MAX_SCANNED_CHARS).trim().split(/\s+/).map(bareToken).filter((word) => word.length > 0);
  const single = words.length === 1;
  for (const word of words) {
    const found = secretToken(word) ?? accountToken(word, { ...hint, account: hint.account && single }) ?? (single ? passwordToken(word, hint) : null);
    if (found) return found;
  }
  return null;
}
