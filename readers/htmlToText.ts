// The text of a saved web page: the headline (its <h1>, else its <title>) on the first line, then
// the article's blocks (paragraphs, headings, list items, captions) as blank-line separated
// paragraphs, with entities decoded. Scripts, styles, navigation, page headers and footers,
// asides, forms and share/ad/related-links boxes are dropped. Where the page has an <article>
// (else a <main>), only that part is read.
import { parseDocument, DomUtils } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/** Elements whose content is never article text. */
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'form',
  'button',
  'select',
  'iframe',
  'svg',
  'canvas',
  'video',
  'audio',
  'footer',
  'head',
  'title',
  'img',
  'picture',
  'source',
  'meta',
  'link',
]);

/** Elements that start a new paragraph. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'figure',
  'figcaption',
  'table',
  'tr',
  'dd',
  'dt',
  'pre',
  'address',
  'hr',
]);

/** Words of class and id names that mark page furniture: share bars, adverts, related links... */
const FURNITURE_WORDS = new Set([
  'share',
  'sharing',
  'social',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'promo',
  'related',
  'newsletter',
  'subscribe',
  'comments',
  'comment',
  'cookie',
  'cookies',
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'paywall',
  'sidebar',
  'menu',
]);
/** "has-ads", "no-sidebar" describe the page, not the element. */
const STATE_PREFIX = new Set(['has', 'with', 'no', 'show', 'hide', 'is']);

export function htmlToText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const h1 = DomUtils.findOne((e) => e.name === 'h1', doc.children, true);
  const title = DomUtils.findOne((e) => e.name === 'title', doc.children, true);
  const headline = h1 ? squeeze(DomUtils.textContent(h1)).trim() : titleHeadline(DomUtils.textContent(title ?? []));

  const root =
    DomUtils.findOne((e) => e.name === 'article', doc.children, true) ??
    DomUtils.findOne((e) => e.name === 'main', doc.children, true) ??
    DomUtils.findOne((e) => e.name === 'body', doc.children, true);
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const b = current
      .split('\n')
      .map((l) => squeeze(l).trim())
      .filter(Boolean)
      .join('\n');
    if (b) blocks.push(b);
    current = '';
  };

  const walk = (nodes: ChildNode[], insideArticle: boolean): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        current += squeeze(node.data);
        continue;
      }
      if (!isElement(node)) continue;
      if (skip(node, insideArticle) || node === h1) continue;
      if (node.name === 'br') {
        current += '\n';
        continue;
      }
      const block = BLOCK.has(node.name);
      if (block) flush();
      walk(node.children, insideArticle || node.name === 'article');
      if (block) flush();
    }
  };
  walk(root ? root.children : doc.children, root?.name === 'article');
  flush();

  return [headline, ...blocks].filter(Boolean).join('\n\n');
}

function skip(node: Element, insideArticle: boolean): boolean {
  if (DROP.has(node.name)) return true;
  // A page header holds the site's name and menus; an article's own header its headline and byline.
  if (node.name === 'header' && !insideArticle) return true;
  if (node.attribs.hidden != null || node.attribs['aria-hidden'] === 'true') return true;
  if (/\b(navigation|banner|complementary)\b/.test(node.attribs.role ?? '')) return true;
  return `${node.attribs.class ?? ''} ${node.attribs.id ?? ''}`.split(/\s+/).some(isFurnitureName);
}

function isFurnitureName(name: string): boolean {
  const words = name.toLowerCase().split(/[-_]+/).filter(Boolean);
  return words.length > 0 && !STATE_PREFIX.has(words[0]) && words.some((w) => FURNITURE_WORDS.has(w));
}

/** "Kerry in Moscow | The Outlet" -> "Kerry in Moscow": a <title> often ends with the site's name. */
function titleHeadline(title: string): string {
  const parts = squeeze(title)
    .split(/\s+[|\u2013\u2014-]\s+/)
    .map((p) => p.trim());
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '');
}

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Runs of HTML white space become one space; the text's line breaks come from <br> alone. */
function squeeze(s: string): string {
  return s.replace(/[ \t\r\f\n]+/g, ' ');
}
