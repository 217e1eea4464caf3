// One readable key per proposal, shared by the rows of every article that state it: rows are
// grouped across the whole corpus by the TF-IDF cosine of their key terms (greedy average link,
// most similar pairs first), and each group is named by its three weightiest words
// ("joint-command-centre"). Deterministic: ties break on row order and on the words.
import { keyTerms } from './keyTerms.ts';

export const SAME_PROPOSAL = 0.2;

export function proposalKeys(texts: string[], names?: Parameters<typeof keyTerms>[1]): string[] {
  const docs = texts.map((t) => keyTerms(t, names));
  const df = new Map<string, number>();
  for (const d of docs) for (const s of new Set(d.map((t) => t.stem))) df.set(s, (df.get(s) ?? 0) + 1);
  const n = docs.length;
  const vectors = docs.map((d) => {
    const v = new Map<string, number>();
    for (const { stem } of d) v.set(stem, (v.get(stem) ?? 0) + 1);
    let norm = 0;
    for (const [s, c] of v) { const w = (1 + Math.log(c)) * Math.log(1 + n / (df.get(s) ?? 1)); v.set(s, w); norm += w * w; }
    norm = Math.sqrt(norm) || 1;
    for (const [s, w] of v) v.set(s, w / norm);
    return v;
  });
  const cos = (a: Map<string, number>, b: Map<string, number>) => { let s = 0; for (const [k, w] of a) s += w * (b.get(k) ?? 0); return s; };
  const sim: number[][] = vectors.map((a) => vectors.map((b) => cos(a, b)));
  const group = texts.map((_, i) => i);
  const members = new Map<number, number[]>(texts.map((_, i) => [i, [i]]));
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (sim[i][j] >= SAME_PROPOSAL) pairs.push([sim[i][j], i, j]);
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [, i, j] of pairs) {
    const a = group[i], b = group[j];
    if (a === b) continue;
    const ma = members.get(a)!, mb = members.get(b)!;
    let total = 0;
    for (const x of ma) for (const y of mb) total += sim[x][y];
    if (total / (ma.length * mb.length) < SAME_PROPOSAL) continue;
    const [keep, drop] = a < b ? [a, b] : [b, a];
    for (const k of members.get(drop)!) group[k] = keep;
    members.get(keep)!.push(...members.get(drop)!);
    members.delete(drop);
  }
  const keyOf = new Map<number, string>();
  const used = new Set<string>();
  for (const [g, ms] of [...members].sort((a, b) => a[0] - b[0])) {
    const weight = new Map<string, number>();
    const word = new Map<string, string>();
    for (const k of ms) for (const [s, w] of vectors[k]) weight.set(s, (weight.get(s) ?? 0) + w);
    for (const k of ms) for (const t of docs[k]) if (!word.has(t.stem) || t.word.length < word.get(t.stem)!.length) word.set(t.stem, t.word);
    const top = [...weight].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 3).map(([s]) => word.get(s)!);
    let name = top.join('-') || 'proposal';
    for (let k = 2; used.has(name); k++) name = `${top.join('-') || 'proposal'}-${k}`;
    used.add(name);
    keyOf.set(g, name);
  }
  return texts.map((_, i) => keyOf.get(group[i])!);
}
