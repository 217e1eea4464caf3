// The title text of a spec, as one line: for the report, the workbook and file listings.
import type { TopLevelSpec } from 'vega-lite';

export function titleOf(spec: TopLevelSpec): string {
  const title = (spec as { title?: unknown }).title;
  const text = typeof title === 'object' && title && 'text' in title ? (title as { text: unknown }).text : title;
  return (Array.isArray(text) ? text.join(' ') : String(text ?? '')).trim();
}
