import { describe, expect, it } from 'vitest';
import { graphemeCount, visibleLength, visibleText } from '../../../shared/text/visible-length';

describe('visibleLength', () => {
  it('counts letters written as a base letter plus a combining accent as one character', () => {
    const composed = 'Café';
    const decomposed = 'Cafe\u0301';
    expect(decomposed.length).toBe(5);
    expect(visibleLength(decomposed)).toBe(4);
    expect(visibleLength(composed)).toBe(4);
  });

  it('counts emoji with skin tones, flags and family sequences as one character each', () => {
    expect(visibleLength('👍🏽')).toBe(1);
    expect(visibleLength('🇧🇷')).toBe(1);
    expect(visibleLength('👨‍👩‍👧')).toBe(1);
    expect(visibleLength('Chat 💬 via Acme')).toBe(15);
  });

  it('counts Cyrillic and accented Latin letters as one each, never as bytes', () => {
    expect(visibleLength('Сделки')).toBe(6);
    expect(visibleLength('Negócios')).toBe(8);
  });

  it('does not count HTML tags', () => {
    expect(visibleLength('<b>Fast</b> <i>alerts</i>')).toBe('Fast alerts'.length);
    expect(visibleLength('<p>One</p><p>Two</p>')).toBe('One Two'.length);
    expect(visibleLength('Line<br/>break')).toBe('Line break'.length);
    expect(visibleLength('<a href="https://acme.io/a-very-long-link">Docs</a>')).toBe(4);
  });

  it('counts an entity as the one character it shows', () => {
    expect(visibleLength('Sales &amp; Support')).toBe('Sales & Support'.length);
    expect(visibleLength('&laquo;Hi&raquo;&nbsp;there')).toBe('«Hi» there'.length);
    expect(visibleLength('&#128077;')).toBe(1);
  });

  it('keeps text that only looks a little like a tag', () => {
    expect(visibleText('a < b and c > d')).toBe('a < b and c > d');
    expect(visibleText('I <3 deals')).toBe('I <3 deals');
    expect(visibleText('&lt;b&gt; is shown')).toBe('<b> is shown');
  });

  it('collapses whitespace the way a browser shows it', () => {
    expect(visibleLength('  Two   words\n\t ')).toBe('Two words'.length);
  });

  it('drops script and style content and comments', () => {
    expect(visibleText('<style>.x{color:red}</style>Hi<!-- note --><script>alert(1)</script>')).toBe('Hi');
  });

  it('counts graphemes of raw text without touching markup', () => {
    expect(graphemeCount('<b>é</b>')).toBe(8);
  });
});
