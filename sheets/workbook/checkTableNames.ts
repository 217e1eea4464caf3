// Excel "repairs" a file whose Table names repeat (case-insensitively), start with a digit, hold
// anything but letters, digits, _ and ., or read as a cell reference. A spec that breaks this is
// a bug in Framebook, not bad input.
export function checkTableNames(names: string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (
      !/^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[RC]\d*([RC]\d*)?$/i.test(name)
    ) {
      throw new Error(
        `invalid table name "${name}": letters, digits, _ and ., led by a letter or _, not a cell reference`,
      );
    }
    const key = name.toLowerCase();
    if (seen.has(key)) throw new Error(`table name "${name}" is used twice`);
    seen.add(key);
  }
}
