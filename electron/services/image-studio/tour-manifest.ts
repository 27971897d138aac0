import { applyEdits, type Edit } from 'jsonc-parser';
import { parseJsonDocument, type JsonNode } from '../../../shared/json/json-document';
import { UserError } from '../user-error';

export interface TourImagesEdit {
  text: string;
  /** The locale's tour_images after the edit. */
  images: string[];
  /** Paths that were not listed before. */
  added: string[];
}

const BOM = '\uFEFF';

interface Layout {
  eol: string;
  /** One level of indentation as the file writes it (two spaces, four, a tab). */
  unit: string;
}

/**
 * Add slide paths (`/images/tour_1_en.png`) to `tour.tour_images.<locale>` of manifest.json text.
 * One edit, at one place: every other byte (keys, their order, indentation, line endings) stays as written.
 * Paths already listed keep their place; new ones are appended.
 */
export function addTourImages(text: string, locale: string, paths: readonly string[], fileLabel = 'manifest.json'): TourImagesEdit {
  // A BOM is the checker's business (file/bom), not this edit's: keep it, edit the text after it.
  if (text.startsWith(BOM)) {
    const edit = addTourImages(text.slice(1), locale, paths, fileLabel);
    return { ...edit, text: BOM + edit.text };
  }
  const manifestText = text;
  const document = parseJsonDocument(manifestText);
  const [syntaxError] = document.syntaxErrors;
  if (syntaxError) {
    throw new UserError(
      `${fileLabel}:${syntaxError.line}:${syntaxError.column}: ${syntaxError.message}; fix the JSON before adding slides to it.`,
      fileLabel,
    );
  }
  const root = document.root;
  if (!root || root.type !== 'object') throw new UserError(`${fileLabel}: the manifest is not a JSON object.`, fileLabel);
  const expectObject = (node: JsonNode | undefined, name: string) => {
    if (node && node.type !== 'object') {
      const { line, column } = document.positionAtOffset(node.offset);
      throw new UserError(`${fileLabel}:${line}:${column}: "${name}" is not an object; fix it before adding slides.`, fileLabel);
    }
    return node;
  };
  const tour = expectObject(document.nodeAt(['tour']), 'tour');
  const tourImages = expectObject(document.nodeAt(['tour', 'tour_images']), 'tour.tour_images');
  const current = document.nodeAt(['tour', 'tour_images', locale]);
  const currentValue = current ? (JSON.parse(manifestText.slice(current.offset, current.offset + current.length)) as unknown) : undefined;
  if (current && !(Array.isArray(currentValue) && currentValue.every((item) => typeof item === 'string'))) {
    const { line, column } = document.positionAtOffset(current.offset);
    throw new UserError(`${fileLabel}:${line}:${column}: "tour.tour_images.${locale}" is not a list of paths; fix it before adding slides.`, fileLabel);
  }
  const existing = (currentValue as string[] | undefined) ?? [];
  const added = paths.filter((path) => !existing.includes(path));
  const images = [...existing, ...added];
  if (added.length === 0) return { text: manifestText, images, added };

  const layout = detectLayout(manifestText);
  const edit = current
    ? replaceValue(manifestText, current, images, layout)
    : tourImages
      ? insertProperty(manifestText, tourImages, locale, images, layout)
      : tour
        ? insertProperty(manifestText, tour, 'tour_images', { [locale]: images }, layout)
        : insertProperty(manifestText, root, 'tour', { is_tour: true, tour_images: { [locale]: images } }, layout);
  return { text: applyEdits(manifestText, [edit]), images, added };
}

function detectLayout(text: string): Layout {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  return { eol, unit };
}

function indentOfLineAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? '';
}

/** JSON text of `value`, indented in the file's own style as if it started on a line indented `indent`. */
function render(value: unknown, indent: string, layout: Layout): string {
  return JSON.stringify(value, null, layout.unit).split('\n').join(layout.eol + indent);
}

function replaceValue(text: string, node: JsonNode, value: unknown, layout: Layout): Edit {
  const indent = indentOfLineAt(text, node.parent?.offset ?? node.offset);
  return { offset: node.offset, length: node.length, content: render(value, indent, layout) };
}

function insertProperty(text: string, object: JsonNode, key: string, value: unknown, layout: Layout): Edit {
  const last = object.children?.at(-1);
  if (last) {
    const indent = indentOfLineAt(text, last.offset);
    const content = `,${layout.eol}${indent}${JSON.stringify(key)}: ${render(value, indent, layout)}`;
    return { offset: last.offset + last.length, length: 0, content };
  }
  const outer = indentOfLineAt(text, object.offset);
  const inner = outer + layout.unit;
  const content = `{${layout.eol}${inner}${JSON.stringify(key)}: ${render(value, inner, layout)}${layout.eol}${outer}}`;
  return { offset: object.offset, length: object.length, content };
}
