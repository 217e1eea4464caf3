// One file of the corpus folder, as readers/readCorpus.ts returns it: decoded, and its text taken
// out of Markdown or HTML, but not yet normalised.
export interface CorpusFile {
  article_id: string;
  /** File name in the corpus folder, with its extension. */
  file: string;
  format: 'txt' | 'md' | 'html';
  /** The plain text: decoded, and extracted from Markdown or HTML; not yet normalised. */
  content: string;
}
