// The one module that writes slide decks with pptxgenjs: a DeckSpec in, `<outDir>/framebook.pptx`
// out (16:9), written under a temporary name and renamed, with the same bytes for the same spec
// (fixed document dates, zip entries re-dated and sorted).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import pptxgen from 'pptxgenjs';
import type { DeckSpec } from './Deck.ts';
import { writeAtomic } from '../writers/writeAtomic.ts';
import { rezip } from '../writers/rezip.ts';

/** The types describe the CommonJS build (the class under `default`); Node loads the ES build (the class itself). */
const PptxGenJS = ((pptxgen as unknown as { default?: unknown }).default ??
  pptxgen) as unknown as typeof pptxgen.default;

/** LAYOUT_WIDE: 13.333 x 7.5 inches. */
const W = 13.333;
const H = 7.5;
const FONT = 'Arial';
const FIXED_DATE = '2000-01-01T00:00:00Z';

export async function writeDeck(outDir: string, spec: DeckSpec): Promise<string> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'Framebook';
  pptx.company = 'Framebook';
  pptx.title = spec.title;

  const title = pptx.addSlide();
  title.addText(spec.title, {
    x: 0.8,
    y: 1.4,
    w: W - 1.6,
    h: 1.9,
    valign: 'bottom',
    fontFace: FONT,
    fontSize: 40,
    bold: true,
    color: '1F2937',
  });
  title.addText(
    spec.subtitle.map((line) => ({ text: line, options: { breakLine: true } })),
    {
      x: 0.8,
      y: 3.6,
      w: W - 1.6,
      h: 2,
      fontFace: FONT,
      fontSize: 18,
      color: '4B5563',
      valign: 'top',
    },
  );

  for (const s of spec.slides) {
    const slide = pptx.addSlide();
    slide.addText(s.title, {
      x: 0.4,
      y: 0.2,
      w: W - 0.8,
      h: 0.7,
      fontFace: FONT,
      fontSize: 26,
      bold: true,
      color: '1F2937',
    });
    const box = { x: 0.4, y: 0.95, w: W - 0.8, h: H - 1.75 };
    const scale = Math.min(box.w / s.width, box.h / s.height);
    const w = s.width * scale;
    const h = s.height * scale;
    const data = `image/png;base64,${(await readFile(s.png)).toString('base64')}`;
    slide.addImage({ data, x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h, altText: s.title });
    slide.addText(s.reading, {
      x: 0.4,
      y: H - 0.75,
      w: W - 0.8,
      h: 0.55,
      fontFace: FONT,
      fontSize: 14,
      italic: true,
      color: '4B5563',
    });
  }

  const raw = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  return writeAtomic(join(outDir, 'framebook.pptx'), await fixedPackage(raw));
}

/** The package with fixed creation and modification dates, re-zipped with fixed entry dates. */
async function fixedPackage(raw: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(raw);
  const files = new Map<string, Uint8Array | string>();
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir) continue;
    if (name === 'docProps/core.xml') {
      const xml = await zip.files[name].async('string');
      files.set(name, xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED_DATE}`));
    } else {
      files.set(name, await zip.files[name].async('uint8array'));
    }
  }
  return rezip(files);
}
