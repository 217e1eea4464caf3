// Excel refuses sheet names that are blank, longer than 31 characters, hold : \ / ? * [ ] or a
// control character, begin or end with an apostrophe, are "History" (reserved), or repeat
// another case-insensitively. A spec that breaks this is a bug in Framebook, not bad input.

export function checkSheetNames(names: string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    const problem = sheetNameProblem(name);
    if (problem) throw new Error(`invalid sheet name "${name}": ${problem}`);
    const key = name.toLowerCase();
    if (seen.has(key)) throw new Error(`sheet name "${name}" is used twice`);
    seen.add(key);
  }
}

/** Why Excel would refuse `name` as a sheet name, or null if it would not. */
export function sheetNameProblem(name: string): string | null {
  if (!name.trim()) return 'blank';
  if (name.length > 31) return 'longer than 31 characters';
  if (/[:\\/?*[\]]/.test(name)) return 'holds one of : \\ / ? * [ ]';
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) return 'holds a control character';
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(name))
    return 'holds half a character';
  if (name.startsWith("'") || name.endsWith("'")) return 'begins or ends with an apostrophe';
  if (name.toLowerCase() === 'history') return '"History" is reserved by Excel';
  return null;
}
