// Text drawn as glyph outlines draws what resvg draws from the font files: the same pixels to within
// anti-aliasing, for every anchor, weight, line and escaped character Vega writes; and the outlined
// SVG holds no text, so that resvg needs no font for it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, FONT_FILES } from '../../charts/render/fonts.ts';
import { outlineText } from '../../charts/render/outlineText.ts';

const W = 900;
const H = 240;

/** Pixels of `svg` on white; with fonts (resvg shapes the text) or without (only paths can draw). */
function pixels(svg: string, fonts: boolean): Uint8Array {
  const font = fonts
    ? { fontFiles: Object.values(FONT_FILES), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY }
    : { loadSystemFonts: false };
  return new Resvg(svg, { background: 'white', font }).render().pixels;
}

/** Mean absolute difference per channel, and the share of dark pixels (ink) of the first image. */
function compare(a: Uint8Array, b: Uint8Array): { mean: number; inkA: number; inkB: number } {
  let sum = 0,
    inkA = 0,
    inkB = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  for (let i = 0; i < a.length; i += 4) {
    if (a[i] + a[i + 1] + a[i + 2] < 384) inkA++;
    if (b[i] + b[i + 1] + b[i + 2] < 384) inkB++;
  }
  return { mean: sum / a.length, inkA, inkB };
}

/** A text element as Vega writes it, inside a page with kerning off (as fitOnCanvas places charts). */
const page = (texts: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><g fill="none" style="font-kerning:none">${texts}</g></svg>`;

const cases: Record<string, string> = {
  'start, regular': `<text text-anchor="start" transform="translate(10,60)" font-family="Inter" font-size="40px" fill="#1a1a1a">Who each outlet put at the centre</text>`,
  'middle, bold': `<text text-anchor="middle" transform="translate(450,120)" font-family="Inter" font-size="36px" font-weight="bold" fill="#1a1a1a" opacity="0.9">Vladimir Putin (Russia) 17%</text>`,
  'end, escaped': `<text aria-label="a &amp; b" role="graphics-symbol" text-anchor="end" transform="translate(890,200)" font-family="Inter" font-size="30px" fill="black">Rock &amp; Roll &lt;&quot;Aid&quot;&gt; · 9 Sep–22 Oct</text>`,
  'two lines': `<text text-anchor="start" transform="translate(20,60)" font-family="Inter" font-size="26px" fill="#4d4d4d" opacity="1"><tspan>Event: Vladimir Putin talks, 9 Sep 2016</tspan><tspan x="0" dy="28">Standard Wire, Expatica, Harbour Times.</tspan></text>`,
};

for (const [name, text] of Object.entries(cases)) {
  test(`${name}: the outlines draw the text resvg draws`, () => {
    const svg = page(text);
    const outlined = outlineText(svg);
    assert.not.ok(/<text\b/.test(outlined), 'no text left');
    const drawn = pixels(svg, true);
    const traced = pixels(outlined, false);
    const { mean, inkA, inkB } = compare(drawn, traced);
    assert.ok(inkA > 500, `${inkA} dark pixels drawn`);
    assert.ok(Math.abs(inkA - inkB) <= inkA * 0.02, `dark pixels: ${inkA} drawn, ${inkB} traced`);
    assert.ok(mean < 0.5, `mean difference ${mean} per channel`);
  });
}

test('a text of spaces draws nothing and leaves no element; other elements are untouched', () => {
  const rect = '<path d="M0,0h10v10h-10Z" fill="red"/>';
  const svg = page(`${rect}<text transform="translate(0,10)" font-size="12px">   </text>`);
  assert.is(outlineText(svg), page(rect));
});

test('the element keeps its colour, opacity and place; the font attributes go', () => {
  const out = outlineText(page(cases['middle, bold']));
  const path = /<path\b[^>]*>/.exec(out)?.[0] ?? '';
  assert.ok(path.includes('fill="#1a1a1a"') && path.includes('opacity="0.9"'), path.slice(0, 200));
  assert.ok(/transform="translate\(450,120\) scale\([\d.]+\)"/.test(path), path.slice(0, 200));
  assert.not.ok(/font-|text-anchor/.test(path));
});

test.run();
