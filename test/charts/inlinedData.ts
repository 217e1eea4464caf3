// The data arrays inlined in a spec (every `data.values` in it), for tests to compare with the
// tables they came from.

export function inlinedData(spec: unknown): Record<string, unknown>[][] {
  const found: Record<string, unknown>[][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const data = o.data as { values?: Record<string, unknown>[] } | undefined;
    if (data && Array.isArray(data.values)) found.push(data.values);
    for (const [k, v] of Object.entries(o)) if (k !== 'data') walk(v);
  };
  walk(spec);
  return found;
}
