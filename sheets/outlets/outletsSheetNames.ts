// Sheet names for the per-event Outlets sheets: "Outlets <event>", always a name Excel accepts
// whatever the event id holds (workbook/checkSheetNames.ts lists the rules): the characters Excel
// forbids and control characters as "-", an apostrophe at the end dropped, cut to 31 characters
// without splitting a character (or a flag) in two, and made unique (case-insensitively) with a counter.
const FORBIDDEN = /[:\\/?*[\]\u0000-\u001f\u007f-\u009f]/g;
const MAX = 31;

export function outletsSheetNames(eventIds: readonly string[]): string[] {
  const seen = new Set<string>();
  return eventIds.map((id) => {
    const base = `Outlets ${id.replace(FORBIDDEN, '-').replace(/\s+/g, ' ')}`.trim();
    let name = cut(base, MAX);
    for (let n = 2; seen.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = cut(base, MAX - suffix.length) + suffix;
    }
    seen.add(name.toLowerCase());
    return name;
  });
}

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** At most `max` UTF-16 units of whole characters (a flag is one), no trailing space or apostrophe. */
function cut(text: string, max: number): string {
  let out = '';
  for (const { segment: ch } of GRAPHEMES.segment(text)) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out.replace(/[\s']+$/, '');
}
