import { describe, expect, it } from 'vitest';
import { addTourImages } from '../../../../electron/services/image-studio';

const MANIFEST = `{
    "widget": {
        "name": "widget.name",
        "locale": ["en", "ru"],
        "x_custom": {"keep": true}
    },
    "locations": ["lcard-1"],
    "tour": {
        "is_tour": true,
        "tour_images": {
            "ru": ["/images/tour_1_ru.png"]
        },
        "tour_description": "widget.tour_description"
    },
    "settings": {}
}
`;

describe('addTourImages', () => {
  it('adds a locale to tour_images and changes nothing else', () => {
    const edit = addTourImages(MANIFEST, 'en', ['/images/tour_1_en.png', '/images/tour_2_en.png']);
    expect(edit.added).toEqual(['/images/tour_1_en.png', '/images/tour_2_en.png']);
    const value = JSON.parse(edit.text);
    expect(value.tour.tour_images).toEqual({ ru: ['/images/tour_1_ru.png'], en: ['/images/tour_1_en.png', '/images/tour_2_en.png'] });
    expect(Object.keys(value)).toEqual(['widget', 'locations', 'tour', 'settings']);
    expect(Object.keys(value.tour)).toEqual(['is_tour', 'tour_images', 'tour_description']);
    // Everything outside the edited value is byte for byte the same, 4-space indentation included.
    const before = MANIFEST.indexOf('"ru": ["/images/tour_1_ru.png"]') + '"ru": ["/images/tour_1_ru.png"]'.length;
    expect(edit.text.slice(0, before)).toBe(MANIFEST.slice(0, before));
    expect(edit.text.endsWith(`        },\n        "tour_description": "widget.tour_description"\n    },\n    "settings": {}\n}\n`)).toBe(true);
    expect(edit.text).toContain('\n            "en": [\n                "/images/tour_1_en.png",');
  });

  it('keeps listed paths in place and appends only new ones', () => {
    const edit = addTourImages(MANIFEST, 'ru', ['/images/tour_1_ru.png', '/images/tour_2_ru.png']);
    expect(edit.added).toEqual(['/images/tour_2_ru.png']);
    expect(edit.images).toEqual(['/images/tour_1_ru.png', '/images/tour_2_ru.png']);
    expect(addTourImages(edit.text, 'ru', ['/images/tour_2_ru.png']).added).toEqual([]);
  });

  it('creates the tour block when the manifest has none', () => {
    const text = '{\n\t"widget": {\n\t\t"name": "x"\n\t}\n}\n';
    const edit = addTourImages(text, 'en', ['/images/tour_1_en.png']);
    expect(JSON.parse(edit.text)).toEqual({ widget: { name: 'x' }, tour: { is_tour: true, tour_images: { en: ['/images/tour_1_en.png'] } } });
    expect(edit.text.startsWith('{\n\t"widget": {\n\t\t"name": "x"\n\t},\n\t"tour": {')).toBe(true);
  });

  it('keeps CRLF line endings', () => {
    const crlf = MANIFEST.replace(/\n/g, '\r\n');
    const edit = addTourImages(crlf, 'en', ['/images/tour_1_en.png']);
    expect(edit.text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('refuses a manifest it cannot edit safely, naming the line', () => {
    expect(() => addTourImages('{\n  "tour": {\n    "is_tour": true,,\n  }\n}', 'en', ['/a.png'])).toThrow(/^manifest\.json:3:\d+: /);
    expect(() => addTourImages('{"tour": {"tour_images": {"en": "/a.png"}}}', 'en', ['/b.png'])).toThrow(
      /manifest\.json:1:\d+: "tour\.tour_images\.en" is not a list of paths/,
    );
    expect(() => addTourImages('[1]', 'en', ['/b.png'])).toThrow(/not a JSON object/);
  });
});

describe('addTourImages: byte-exact edits', () => {
  it('touches only the inserted text, even next to an inline array', () => {
    const edit = addTourImages(MANIFEST, 'en', ['/images/tour_1_en.png']);
    const anchor = '"ru": ["/images/tour_1_ru.png"]';
    const cut = MANIFEST.indexOf(anchor) + anchor.length;
    expect(edit.text).toBe(`${MANIFEST.slice(0, cut)},\n            "en": [\n                "/images/tour_1_en.png"\n            ]${MANIFEST.slice(cut)}`);
  });

  it('keeps a byte order mark where it was', () => {
    const edit = addTourImages(`\uFEFF${MANIFEST}`, 'en', ['/images/tour_1_en.png']);
    expect(edit.text.startsWith('\uFEFF{\n    "widget"')).toBe(true);
    expect(JSON.parse(edit.text.slice(1)).tour.tour_images.en).toEqual(['/images/tour_1_en.png']);
  });

  it('fills an empty tour_images object', () => {
    const edit = addTourImages('{\n  "tour": {\n    "tour_images": {}\n  }\n}', 'es', ['/images/tour_1_es.png']);
    expect(edit.text).toBe('{\n  "tour": {\n    "tour_images": {\n      "es": [\n        "/images/tour_1_es.png"\n      ]\n    }\n  }\n}');
  });
});
