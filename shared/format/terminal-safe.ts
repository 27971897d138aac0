/**
 * Characters a terminal obeys instead of printing: C0 controls (ESC starts colour, cursor and
 * clear-screen sequences; CR returns to the line start), DEL, C1 controls (0x9B is a one-byte CSI),
 * and the bidirectional overrides that make text display in another order than it is written.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_KEEPING_LINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escape(character: string): string {
  const code = character.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Text from the input (file and entry names, widget texts, messages that quote them) made safe to
 * print: every control character becomes a visible escape such as `\x1b`, so a hostile name cannot
 * clear the screen or draw a fake "ready for moderation". `keepLineBreaks` for multi-line messages.
 */
export function terminalSafe(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(options.keepLineBreaks ? UNSAFE_KEEPING_LINES : UNSAFE, escape);
}
