// SVG made comparable across machines and library patch releases, as Observable Plot does for its
// snapshots: numbers rounded to 1 decimal, ids renumbered in order of appearance, one tag per line.

export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\bid="([^"]+)"/g)) if (!ids.has(m[1])) ids.set(m[1], `id${ids.size}`);
  let out = svg
    .replace(/\bid="([^"]+)"/g, (_, id) => `id="${ids.get(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id) => `url(#${ids.get(id) ?? id})`)
    .replace(/href="#([^"]+)"/g, (_, id) => `href="#${ids.get(id) ?? id}"`);
  out = out.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => {
    const r = Math.round(Number(n) * 10) / 10;
    return String(Object.is(r, -0) ? 0 : r);
  });
  return `${out.replace(/>\s*</g, '>\n<').trim()}\n`;
}
