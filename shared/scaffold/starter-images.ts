/**
 * Starter artwork for a new widget, as SVG text: a logo (initials on a coloured rounded square) and a
 * title slide per locale. The image studio renders them to the exact PNG sizes the platform wants;
 * the developer replaces them with real artwork before publishing.
 */

/** Calm colours that keep white text readable. */
const PALETTE = ['#2F6FDE', '#1E8E6E', '#7B4FD6', '#D35D3A', '#0F8FA8', '#B8457A', '#4D7A1F', '#5B6472'];

const FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

export const SLIDE_SIZE = { width: 1188, height: 616 } as const;

/** The same code always gets the same colour. */
export function starterColour(code: string): string {
  let hash = 0;
  for (const char of code) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The product part of "Product via Company". */
export function productName(name: string): string {
  const via = /\s+via\s+/iu.exec(name);
  return (via ? name.slice(0, via.index) : name).trim();
}

/** Up to two letters: the first letter of the first two words ("Deals to Telegram" -> "DT"). */
export function initialsOf(name: string): string {
  const words = productName(name).match(/\p{L}[\p{L}\p{N}]*/gu) ?? [];
  const significant = words.filter((word) => word.length > 2 || words.length <= 2);
  const letters = (significant.length > 0 ? significant : words).slice(0, 2).map((word) => Array.from(word)[0]);
  return letters.join('').toUpperCase() || 'W';
}

export function starterLogoSvg(name: string, colour: string): string {
  const initials = escapeXml(initialsOf(name));
  const fontSize = Array.from(initialsOf(name)).length > 1 ? 210 : 260;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <rect x="16" y="16" width="480" height="480" rx="96" ry="96" fill="${colour}"/>
  <text x="256" y="${Math.round(256 + fontSize * 0.36)}" text-anchor="middle" font-family="${FONT_FAMILY}" font-size="${fontSize}" font-weight="bold" fill="#FFFFFF">${initials}</text>
</svg>
`;
}

/** Greedy word wrap by character count: good enough for a title slide in a sans-serif font. */
export function wrapWords(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (Array.from(candidate).length <= maxChars || current === '') {
      current = candidate;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

/** A 1188x616 title slide: initials badge, widget name, teaser. */
export function titleSlideSvg(name: string, teaser: string, colour: string): string {
  const { width, height } = SLIDE_SIZE;
  const nameLines = wrapWords(name, 30, 2);
  const teaserLines = wrapWords(teaser, 44, 3);
  // Bold sans-serif letters average about 0.68 em: shrink the title so its longest line fits the card.
  const longest = Math.max(...nameLines.map((line) => Array.from(line).length));
  const nameSize = Math.min(60, Math.floor((width - 2 * 96) / (longest * 0.68)));
  const teaserSize = 36;
  const nameTop = 300;
  const teaserTop = nameTop + nameLines.length * (nameSize + 12) + 24;
  const tspans = (lines: string[], top: number, size: number) =>
    lines.map((line, index) => `<tspan x="96" y="${top + index * (size + 12)}">${escapeXml(line)}</tspan>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="${colour}"/>
  <rect x="48" y="48" width="${width - 96}" height="${height - 96}" rx="32" ry="32" fill="#FFFFFF" fill-opacity="0.1"/>
  <rect x="96" y="96" width="120" height="120" rx="28" ry="28" fill="#FFFFFF"/>
  <text x="156" y="${96 + 60 + 24}" text-anchor="middle" font-family="${FONT_FAMILY}" font-size="64" font-weight="bold" fill="${colour}">${escapeXml(initialsOf(name))}</text>
  <text font-family="${FONT_FAMILY}" font-size="${nameSize}" font-weight="bold" fill="#FFFFFF">${tspans(nameLines, nameTop, nameSize)}</text>
  <text font-family="${FONT_FAMILY}" font-size="${teaserSize}" fill="#FFFFFF" fill-opacity="0.92">${tspans(teaserLines, teaserTop, teaserSize)}</text>
</svg>
`;
}
