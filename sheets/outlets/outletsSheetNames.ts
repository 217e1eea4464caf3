// Sheet names for the per-event Outlets sheets: "Outlets <event>", without the characters Excel
// forbids, cut to 31 characters, and made unique (case-insensitively) with a counter.
const FORBIDDEN = /[:\\/?*[\]]/g;
const MAX = 31;

export function outletsSheetNames(eventIds: readonly string[]): string[] {
  const seen = new Set<string>();
  return eventIds.map((id) => {
    const base = `Outlets ${id.replace(FORBIDDEN, '-')}`.trim();
    let name = base.slice(0, MAX);
    for (let n = 2; seen.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, MAX - suffix.length) + suffix;
    }
    seen.add(name.toLowerCase());
    return name;
  });
}
