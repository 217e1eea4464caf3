// Unusable input, found by a reader or by a transform that checks what it was given:
// the notebook prints `message` as one line on stderr and exits non-zero.
export interface InputPlace {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
}

export class InputError extends Error {
  readonly place: InputPlace;
  constructor(place: InputPlace, problem: string) {
    super(`${describePlace(place)}: ${problem}`);
    this.name = 'InputError';
    this.place = place;
  }
}

/** "codebook.xlsx, sheet actors, row 12, column aliases" */
export function describePlace({ file, sheet, row, column }: InputPlace): string {
  return [file, sheet && `sheet ${sheet}`, row != null && `row ${row}`, column && `column ${column}`]
    .filter(Boolean)
    .join(', ');
}
