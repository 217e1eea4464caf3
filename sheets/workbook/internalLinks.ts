// exceljs writes a link to a cell of the workbook as `<hyperlink r:id=".." location="Sheet!A5">`
// with an External relationship whose target is "Sheet!A5", which a reader may try to open as a
// file. A link within the workbook has a location and no relationship: drop both the r:id and
// the relationship it names.
export function internalLinks(sheetXml: string, relsXml: string | null): { sheet: string; rels: string | null } {
  const dropped = new Set<string>();
  const sheet = sheetXml.replace(/<hyperlink ([^>]*?)\/>/g, (tag, attrs: string) => {
    const id = /\br:id="([^"]+)"/.exec(attrs);
    if (!id || !/\blocation="/.test(attrs)) return tag;
    dropped.add(id[1]);
    return `<hyperlink ${attrs.replace(/\s*\br:id="[^"]+"/, '').trim()}/>`;
  });
  if (!dropped.size || relsXml == null) return { sheet, rels: relsXml };
  const rels = relsXml.replace(/<Relationship [^>]*?\/>/g, (rel) => {
    const id = /\bId="([^"]+)"/.exec(rel);
    return id && dropped.has(id[1]) ? '' : rel;
  });
  return { sheet, rels };
}
