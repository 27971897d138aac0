/** The text with its first letter in upper case: a phrase that starts a finding's message ("a created <link> element"). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
