// The Excel Table name for a sheet: its name with spaces and punctuation dropped ("Distinctive
// terms" -> "DistinctiveTerms"), prefixed when it would start with a digit or read as a cell
// reference ("AB12", "R1C1"), both of which make Excel repair the file.
export function tableName(sheetName: string): string {
  const words = sheetName.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('') || 'Table';
  return /^\d/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RC]\d*([RC]\d*)?$/i.test(name) ? `T_${name}` : name;
}
