// Why a corpus file is no article, judged by its content, never its extension: empty (no bytes,
// or only white space once decoded), a known binary format (an image, a PDF, an archive or an
// Office file renamed .txt), or bytes that decode to control characters rather than text.

const SIGNATURES: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a zip archive or an Office document (.docx, .xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['an old Office document (.doc, .xls)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a gzip archive', [0x1f, 0x8b]],
];

/** Share of control characters above which decoded bytes are binary, not text. */
const CONTROL_SHARE = 0.02;

export function notTextReason(bytes: Uint8Array, text: string): string | null {
  if (bytes.length === 0) return 'empty file (0 bytes)';
  for (const [kind, magic] of SIGNATURES) if (magic.every((b, i) => bytes[i] === b)) return `${kind}, not text`;
  if (!/\S/.test(text)) return 'no text (only white space)';
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++;
  }
  if (control === 0) return null;
  return control / text.length > CONTROL_SHARE || text.includes('\0')
    ? 'binary content (control characters), not text'
    : null;
}
