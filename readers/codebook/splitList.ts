/** A list cell ("Moscow; the Kremlin; Kremlin") as its items, trimmed, empty ones and repeats dropped. */
export function splitList(cell: string): string[] {
  const items = cell
    .split(/\s*[;\n]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(items)];
}
