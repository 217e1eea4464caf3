// Text is measured with the font that draws it: the widths Vega lays out with equal the widths
// resvg renders with the bundled Inter files, no system font is loaded, and a family resvg does
// not know falls back to Inter instead of vanishing.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { FONT_FILES, FONT_FAMILY, loadFont, weightOf, type FontWeight } from '../../charts/render/fonts.ts';
import { measureText } from '../../charts/render/measureText.ts';
import { installTextMetrics } from '../../charts/render/installTextMetrics.ts';

const SIZE = 100;

/** The advance width resvg gives `text`: its ink box plus the side bearings of its end glyphs. */
function renderedWidth(text: string, weight: FontWeight, family = FONT_FAMILY): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200"><g style="font-kerning:none"><text x="0" y="150" font-family="${family}" font-weight="${weight === 'bold' ? 700 : 400}" font-size="${SIZE}">${text}</text></g></svg>`;
  const box = new Resvg(svg, {
    font: { fontFiles: Object.values(FONT_FILES), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  }).getBBox();
  assert.ok(box, `resvg drew "${text}"`);
  const font = loadFont(weight);
  const last = font.charToGlyph(text[text.length - 1]);
  const rightBearing = (((last.advanceWidth ?? 0) - (last.xMax ?? 0)) * SIZE) / font.unitsPerEm;
  return box.x + box.width + rightBearing;
}

const samples = [
  'Who each outlet put at the centre',
  'Syrian strongman',
  'Top US diplomat',
  'AVAWAY To Ty',
  'Al-Nusra Front (IS)',
];

for (const weight of ['regular', 'bold'] as const) {
  test(`${weight}: measured widths equal the widths resvg renders`, () => {
    for (const s of samples) {
      const measured = measureText(s, SIZE, weight);
      const rendered = renderedWidth(s, weight);
      assert.ok(Math.abs(measured - rendered) < 0.5, `"${s}": measured ${measured}, rendered ${rendered}`);
    }
  });
}

test("a family resvg does not have falls back to Inter: the text is drawn, at Inter's width", () => {
  const s = 'Casualty figures';
  assert.ok(Math.abs(renderedWidth(s, 'regular', 'NoSuchFamily') - measureText(s, SIZE)) < 0.5);
});

test('bold is wider than regular, and both scale with the font size', () => {
  assert.ok(measureText('Framebook', 20, 'bold') > measureText('Framebook', 20, 'regular'));
  assert.ok(Math.abs(measureText('Framebook', 40) - 2 * measureText('Framebook', 20)) < 1e-9);
});

test('CSS weights map to the two files the way CSS font matching does', () => {
  assert.equal([400, 500, 600, 700, 'bold', 'normal', undefined].map(weightOf), [
    'regular',
    'regular',
    'bold',
    'bold',
    'bold',
    'regular',
    'regular',
  ]);
});

test('Vega measures with Inter once installed, and a labelLimit caps the measured width', () => {
  installTextMetrics();
  const width = (vega as unknown as { textMetrics: { width: (item: object, text: string) => number } }).textMetrics
    .width;
  assert.is(width({ fontSize: 22 }, 'Bashar al-Assad'), measureText('Bashar al-Assad', 22));
  assert.is(width({ fontSize: 22, fontWeight: 'bold' }, 'Bashar al-Assad'), measureText('Bashar al-Assad', 22, 'bold'));
  assert.is(width({ fontSize: 22, limit: 50 }, 'International Syria Support Group'), 50);
});

test('a label longer than its limit is cut with an ellipsis in the SVG', async () => {
  installTextMetrics();
  const view = new vega.View(
    vega.parse({
      width: 100,
      height: 40,
      marks: [
        {
          type: 'text',
          encode: {
            enter: {
              x: { value: 0 },
              y: { value: 20 },
              text: { value: 'International Syria Support Group' },
              limit: { value: 120 },
              fontSize: { value: 22 },
              font: { value: 'Inter' },
            },
          },
        },
      ],
    }),
    { renderer: 'none' },
  );
  const svg = await view.toSVG();
  const text = /<text[^>]*>([^<]*)<\/text>/.exec(svg)?.[1] ?? '';
  assert.ok(text.endsWith('…'), text);
  assert.ok(measureText(text, 22) <= 120, `${measureText(text, 22)}`);
});

test.run();
