// Excel refuses sheet names longer than 31 characters, holding : \ / ? * [ ], or repeated
// (case-insensitively). A spec that breaks this is a bug in Framebook, not bad input.

export function checkSheetNames(names: string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name))
      throw new Error(`invalid sheet name "${name}": 1 to 31 characters, none of : \\ / ? * [ ]`);
    const key = name.toLowerCase();
    if (seen.has(key)) throw new Error(`sheet name "${name}" is used twice`);
    seen.add(key);
  }
}
