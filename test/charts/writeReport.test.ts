// report.html: one self-contained page with every chart. Checked as text (nothing to fetch), and
// in headless Chromium when /usr/bin/chromium is installed (Debian package `chromium`): no console
// error, no request leaving the page, every chart image decoded at its full size. Without
// Chromium that check is registered with test.skip (counted on uvu's Skipped line).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chartSpecs } from '../../charts/index.ts';
import { renderCharts } from '../../charts/renderCharts.ts';
import { writeReport, INLINE_MAX } from '../../charts/writeReport.ts';
import type { RenderedChart } from '../../charts/RenderedChart.ts';
import { fixtureExtraction, fixtureComparison, fixtureCodebook, fixtureOptions } from './fixtureTables.ts';

const CHROMIUM = '/usr/bin/chromium';
const dir = mkdtempSync(join(tmpdir(), 'framebook-report-'));
let charts: RenderedChart[] = [];
let report = '';

test.before(async () => {
  const specs = chartSpecs(fixtureExtraction(), fixtureComparison(), fixtureCodebook(), fixtureOptions());
  charts = await renderCharts(specs, dir, { width: 1920, height: 1080 });
  report = await writeReport(dir, charts);
});

test('report.html beside the charts folder, with every chart, its title and its reading line', () => {
  assert.is(report, join(dir, 'report.html'));
  const html = readFileSync(report, 'utf8');
  assert.is(charts.length, 9);
  for (const c of charts) {
    assert.ok(html.includes(`<figure id="${c.name}">`), c.name);
    assert.ok(html.includes(`<h2>${escapeHtml(c.title)}</h2>`), `${c.name} title`);
    assert.ok(html.includes(`<p class="reading">${escapeHtml(c.reading)}</p>`), `${c.name} reading`);
    assert.ok(
      html.includes(`src="data:image/png;base64,${readFileSync(c.png).toString('base64')}"`),
      `${c.name} image inlined`,
    );
  }
});

test('report.html loads nothing: no script, stylesheet link, font, or remote URL', () => {
  const html = readFileSync(report, 'utf8');
  assert.not.match(html, /<script|<link|@import|@font-face|url\(/i);
  assert.not.match(html, /(src|href)="(https?:)?\/\//i);
  for (const m of html.matchAll(/src="([^"]*)"/g))
    assert.ok(m[1].startsWith('data:image/png;base64,'), m[1].slice(0, 40));
});

test('past INLINE_MAX charts report.html links the PNG files beside it and shows its notes', async () => {
  const many = [...charts, ...charts].map((c, i) => ({ ...c, name: `${c.name}-${i}` }));
  assert.ok(many.length > INLINE_MAX);
  const linked = readFileSync(await writeReport(dir, many, ['Charts cover the 12 events & more.']), 'utf8');
  assert.not.match(linked, /data:image/);
  for (const c of many)
    assert.ok(linked.includes(`src="charts/${encodeURIComponent(c.name.replace(/-\d+$/, ''))}.png"`));
  assert.ok(linked.includes('<p class="note">Charts cover the 12 events &amp; more.</p>'));
  assert.ok(linked.length < 100_000, `${linked.length} bytes`);
  await writeReport(dir, charts);
});

const inChromium = existsSync(CHROMIUM) ? test : test.skip;
if (!existsSync(CHROMIUM)) console.log(`skipped: chromium not installed (${CHROMIUM}; apt-get install -y chromium)`);

inChromium('report.html opens in headless Chromium with no console error and shows every chart', async () => {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'framebook-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`request: ${r.url()}`);
    });
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url().slice(0, 80)}`));
    await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });
    const images = await page.$$eval('figure img', (imgs) =>
      imgs.map((i) => {
        const img = i as HTMLImageElement;
        const box = img.getBoundingClientRect();
        return {
          complete: img.complete,
          width: img.naturalWidth,
          height: img.naturalHeight,
          shown: box.width > 100 && box.height > 50,
        };
      }),
    );
    assert.is(images.length, charts.length);
    for (const img of images) assert.equal(img, { complete: true, width: 1920, height: 1080, shown: true });
    const headings = await page.$$eval('figure h2', (hs) => hs.map((h) => h.textContent));
    assert.equal(
      headings,
      charts.map((c) => c.title),
    );
    assert.equal(problems, []);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

test.after(() => rmSync(dir, { recursive: true, force: true }));

test.run();
