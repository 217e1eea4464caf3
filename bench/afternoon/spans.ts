// A found span of the article text, and the compromise offsets that give one.
export interface Span {
  start: number;
  end: number;
  surface: string;
}

export interface CompromiseMatch {
  text: string;
  offset?: { start: number; length: number };
}

/** Where a compromise match sits in the text, checked against the text itself. */
export function rawSpan(text: string, m: CompromiseMatch): Span | null {
  if (!m.offset) return null;
  let start = m.offset.start,
    end = start + m.offset.length;
  if (text.slice(start, end) !== m.text) {
    start = text.indexOf(m.text, Math.max(0, start - 20));
    if (start < 0) return null;
    end = start + m.text.length;
  }
  return { start, end, surface: text.slice(start, end) };
}

/** The span of a name: a compromise match trimmed of punctuation and a possessive. */
export function nameSpan(text: string, m: CompromiseMatch): Span | null {
  const raw = rawSpan(text, m);
  if (!raw) return null;
  const lead = raw.surface.length - raw.surface.replace(/^[^\p{L}\p{N}]+/u, '').length;
  const surface = raw.surface.slice(lead).replace(/(['’]s?)?[^\p{L}\p{N}]*$/u, '');
  return surface ? { start: raw.start + lead, end: raw.start + lead + surface.length, surface } : null;
}
