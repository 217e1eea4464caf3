// What a column asks of the user: a drop-down of allowed values or a checking formula, and a
// message shown when one of its cells is selected, over the column's rows (one rule for the
// whole range).
import type { Worksheet } from 'exceljs';
import type { SheetColumn } from '../SheetSpec.ts';

/** exceljs has `dataValidations` on every worksheet but leaves it out of its types. */
interface WithValidations {
  dataValidations: { add(ref: string, rule: object): void };
}

export function columnInput(sheet: Worksheet, column: SheetColumn, ref: string): void {
  if (!column.choices && !column.prompt && !column.rule) return;
  const ws = sheet as unknown as WithValidations;
  const prompt = column.prompt
    ? { showInputMessage: true, promptTitle: column.header.slice(0, 32), prompt: column.prompt.slice(0, 255) }
    : {};
  if (column.choices) {
    ws.dataValidations.add(ref, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${column.choices.values.join(',')}"`],
      showErrorMessage: true,
      errorStyle: column.choices.strict ? 'stop' : 'warning',
      errorTitle: column.header.slice(0, 32),
      error: `One of: ${column.choices.values.join(', ')}`.slice(0, 255),
      ...prompt,
    });
  } else if (column.rule) {
    const first = ref.split(':')[0];
    ws.dataValidations.add(ref, {
      type: 'custom',
      allowBlank: true,
      formulae: [column.rule.formula.replaceAll('{cell}', first)],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: column.header.slice(0, 32),
      error: column.rule.error.slice(0, 255),
      ...prompt,
    });
  } else {
    // A message without a rule: any value is allowed.
    ws.dataValidations.add(ref, { type: 'any', allowBlank: true, formulae: [], ...prompt });
  }
}
