// One row of the corpus manifest (docs/CONTRACT.md), as readers/readManifest.ts returns it: the file it
// describes and the outlet, publication date, URL and event the user gave for it.
export interface ManifestRow {
  /** The article's file name, with its extension. */
  file: string;
  outlet: string;
  /** YYYY-MM-DD, or '' when not given. */
  published: string;
  url: string;
  event: string;
  /** Spreadsheet row number (the header is row 1), to name the cell in later errors. */
  row: number;
  /** The manifest file and sheet the row came from, for later errors. */
  source?: string;
  sheet?: string;
}
