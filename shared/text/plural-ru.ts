/** The three Russian noun forms: for 1 (строка), for 2-4 (строки), for 5-20 and 0 (строк). */
export type RussianForms = readonly [one: string, few: string, many: string];

/** The form of a noun that goes with `count`: 1, 21, 101 строка; 2-4, 22 строки; 5-20, 25, 111 строк; 1.5 строки. */
export function pluralRu(count: number, forms: RussianForms): string {
  if (!Number.isInteger(count)) return forms[1];
  const units = Math.abs(count) % 10;
  const tens = Math.abs(count) % 100;
  if (tens >= 11 && tens <= 14) return forms[2];
  if (units === 1) return forms[0];
  if (units >= 2 && units <= 4) return forms[1];
  return forms[2];
}

/** `count` and the noun in its form: countRu(5, ['строка', 'строки', 'строк']) is "5 строк". */
export function countRu(count: number, forms: RussianForms): string {
  return `${count} ${pluralRu(count, forms)}`;
}
