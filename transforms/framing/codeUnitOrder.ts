// The order Arquero's orderby gives strings (plain `<` on UTF-16 code units, not the locale's
// collation), for the measures that sort in plain code and must keep Arquero's row order.
export function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
