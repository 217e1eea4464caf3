import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { htmlToText } from '../../readers/htmlToText.ts';

test('headline from <h1>, paragraphs as blocks, entities decoded, furniture dropped', () => {
  const html = `<html><head><title>Ignored | Site</title><style>.x{}</style></head><body>
    <nav>Home World</nav><div id="main"><h1>Talks &amp; truce</h1>
    <p class="byline">By Jane Doe<br>AFP</p>
    <div class="social-share">Share Tweet</div>
    <p>First   paragraph,
       on two source lines.</p>
    <figure><img src="x.jpg" alt="alt text"><figcaption>Kerry in Moscow (AFP)</figcaption></figure>
    <p>Second&nbsp;paragraph &#8212; with a <a href="#">link</a>.</p>
    <script>alert(1)</script><aside>Related stories</aside></div>
    <footer>Copyright</footer></body></html>`;
  assert.is(
    htmlToText(html),
    'Talks & truce\n\nBy Jane Doe\nAFP\n\nFirst paragraph, on two source lines.\n\nKerry in Moscow (AFP)\n\nSecond\u00a0paragraph \u2014 with a link.',
  );
});

test('without an <h1>, the <title> gives the headline, its site name cut off', () => {
  assert.is(
    htmlToText('<title>Kerry urges closer cooperation with Russia | The Example Times</title><p>Body.</p>'),
    'Kerry urges closer cooperation with Russia\n\nBody.',
  );
});

test('a page-level <header> is dropped; the <header> of an <article> is kept', () => {
  const html =
    '<header>Site name Menu</header><article><header><h1>Headline</h1><p>Published: 15 July, 2016</p></header><p>Body.</p></article>';
  assert.is(htmlToText(html), 'Headline\n\nPublished: 15 July, 2016\n\nBody.');
});

test('class names that describe the page ("has-sidebar") do not drop the content', () => {
  assert.is(htmlToText('<div class="page has-sidebar"><h1>H</h1><p>Body stays.</p></div>'), 'H\n\nBody stays.');
});

test.run();
