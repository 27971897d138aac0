/**
 * Filler a developer left in place of a real text ("Lorem ipsum", "This is the caption", "name here").
 * code/test-leftover reports it as a leftover; rules about the language of texts leave it to that rule.
 */
export const FILLER_TEXT = /lorem ipsum|dolor sit amet|this is the caption|\b(?:name|text|title) here\b|(?:текст|название|заголовок) здесь|рыба[- ]?текст/i;

export function isFillerText(text: string): boolean {
  return FILLER_TEXT.test(text);
}
