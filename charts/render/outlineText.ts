// Vega's <text> elements as <path> outlines of the same Inter glyphs, for the rasterised copy only
// (the .svg file keeps its text). resvg then loads no font at all: it builds its font database anew
// for every image (resvg-js keeps none between calls), about a fifth of a chart's time. Glyphs sit
// side by side by their advances, without kerning, as measureText.ts measured them and as resvg
// drew them with `font-kerning:none`; text-anchor is applied from the same widths.
import type opentype from 'opentype.js';
import { loadFont, weightOf, type FontWeight } from './fonts.ts';

/** A glyph's outline in font units (y down), its first move-to apart so that it can be shifted. */
interface Outline {
  advance: number;
  /** Start of the first contour, or null for a glyph that draws nothing (a space). */
  start: [number, number] | null;
  /** Everything after the first move-to, in relative commands: the same whatever the shift. */
  rest: string;
}

const outlines: Record<FontWeight, Map<string, Outline>> = { regular: new Map(), bold: new Map() };

/** The SVG with every <text> element replaced by a <path> that draws its glyphs. */
export function outlineText(svg: string): string {
  return svg.replace(/<text\b([^>]*)>([\s\S]*?)<\/text>/g, (_, attributes: string, content: string) =>
    textPath(attributes, content),
  );
}

const TEXT_ATTRIBUTES = new Set([
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'text-anchor',
]);

function textPath(attributes: string, content: string): string {
  const attrs = new Map<string, string>();
  for (const m of attributes.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs.set(m[1], m[2]);
  const size = parseFloat(attrs.get('font-size') ?? '16');
  const weight = weightOf(attrs.get('font-weight'));
  const anchor = attrs.get('text-anchor') ?? 'start';
  const font = loadFont(weight);
  const em = font.unitsPerEm;
  let d = '';
  let y = 0;
  for (const line of linesOf(content)) {
    y += (line.dy * em) / size;
    const glyphs = [...collapse(decode(line.text))].map((ch) => outlineOf(font, weight, ch));
    const width = glyphs.reduce((w, g) => w + g.advance, 0);
    let x = anchor === 'middle' ? -width / 2 : anchor === 'end' ? -width : 0;
    for (const g of glyphs) {
      if (g.start) d += `M${g.start[0] + x},${g.start[1] + y}${g.rest}`;
      x += g.advance;
    }
  }
  if (!d) return '';
  const kept = [...attrs].filter(([name]) => !TEXT_ATTRIBUTES.has(name) && name !== 'transform');
  const transform = `${attrs.get('transform') ?? ''} scale(${size / em})`.trim();
  return `<path${kept.map(([k, v]) => ` ${k}="${v}"`).join('')} transform="${transform}" d="${d}"/>`;
}

/** The lines of a text element: its content, or its <tspan>s (Vega's multi-line text: x="0" dy="…"). */
function linesOf(content: string): { text: string; dy: number }[] {
  if (!content.includes('<tspan')) return [{ text: content, dy: 0 }];
  return [...content.matchAll(/<tspan\b([^>]*)>([\s\S]*?)<\/tspan>/g)].map((m) => ({
    text: m[2],
    dy: Number(/\bdy="([^"]*)"/.exec(m[1])?.[1] ?? 0),
  }));
}

/** SVG's default white space handling: line breaks and tabs as spaces, runs of spaces as one, none at the ends. */
function collapse(text: string): string {
  return text
    .replace(/[\t\r\n]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    return String.fromCodePoint(
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
    );
  });
}

function outlineOf(font: opentype.Font, weight: FontWeight, ch: string): Outline {
  let outline = outlines[weight].get(ch);
  if (!outline) {
    const glyph = font.charToGlyph(ch);
    outline = outlineOfGlyph(glyph.getPath(0, 0, font.unitsPerEm).commands, glyph.advanceWidth ?? 0);
    outlines[weight].set(ch, outline);
  }
  return outline;
}

/** Absolute commands after the first move-to turned relative; a contour's own move-to is relative to the last point. */
function outlineOfGlyph(commands: opentype.PathCommand[], advance: number): Outline {
  if (commands.length === 0 || commands[0].type !== 'M') return { advance, start: null, rest: '' };
  const start: [number, number] = [commands[0].x, commands[0].y];
  let [cx, cy] = start;
  let [sx, sy] = start;
  let rest = '';
  for (const c of commands.slice(1)) {
    switch (c.type) {
      case 'M':
        rest += `m${c.x - cx},${c.y - cy}`;
        [cx, cy, sx, sy] = [c.x, c.y, c.x, c.y];
        break;
      case 'L':
        rest += `l${c.x - cx},${c.y - cy}`;
        [cx, cy] = [c.x, c.y];
        break;
      case 'Q':
        rest += `q${c.x1 - cx},${c.y1 - cy},${c.x - cx},${c.y - cy}`;
        [cx, cy] = [c.x, c.y];
        break;
      case 'C':
        rest += `c${c.x1 - cx},${c.y1 - cy},${c.x2 - cx},${c.y2 - cy},${c.x - cx},${c.y - cy}`;
        [cx, cy] = [c.x, c.y];
        break;
      case 'Z':
        rest += 'z';
        [cx, cy] = [sx, sy];
        break;
    }
  }
  return { advance, start, rest };
}
