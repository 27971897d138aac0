import { describe, expect, it } from 'vitest';
import { hasMarkup, markupSegments } from '../../../shared/text/markup-segments';

describe('markupSegments', () => {
  it('gives text nodes and shown attributes with their offsets, and skips comments, scripts, styles and template code', () => {
    const markup =
      '<!-- note --><div title="Open the order">{{ name }} Orders &amp; deals<style>.a{color:red}</style>' +
      '<script>var a = "hidden text";</script>{% if x %}<input placeholder=\'Search here\'>{# comment #}</div>';
    const segments = markupSegments(markup);
    expect(segments.map((segment) => segment.text)).toEqual(['Open the order', 'Orders & deals', 'Search here']);
    for (const segment of segments.filter((item) => item.text !== 'Orders & deals')) {
      expect(markup.slice(segment.offset, segment.offset + segment.text.length)).toBe(segment.text);
    }
    expect(markup.slice(segments[1].offset).startsWith('Orders')).toBe(true);
  });

  it('reads texts handed to controls inside template tags', () => {
    const segments = markupSegments("{% include 'button.twig' with { text: 'Save settings', class_name: 'acme' } %}");
    expect(segments.map((segment) => segment.text)).toEqual(['Save settings']);
  });

  it('treats a string without tags as one text, and tells markup from comparisons', () => {
    expect(markupSegments('  Save settings ').map((segment) => segment.text)).toEqual(['Save settings']);
    expect(hasMarkup('<p>Saved</p>')).toBe(true);
    expect(hasMarkup('<br/>')).toBe(true);
    expect(hasMarkup('a < b and c > d')).toBe(false);
  });
});
