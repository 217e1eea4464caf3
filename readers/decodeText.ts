// Bytes of a text file to a string, whatever encoding the user's tools saved it in: UTF-8 with
// or without a byte-order mark, UTF-16 (little or big endian, with a BOM, or without one when
// the NUL bytes give it away), and Windows-1252 when the bytes are not valid UTF-8 (what Word
// and older Windows editors write for "curly quotes" and accented letters).

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = detectEncoding(bytes);
  const skip = bomLength(bytes, encoding);
  const body = bytes.subarray(skip);
  if (encoding === 'windows-1252') return { text: decodeWindows1252(body), encoding };
  return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(body), encoding };
}

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const nul = utf16WithoutBom(bytes);
  if (nul) return nul;
  return isUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

function bomLength(bytes: Uint8Array, encoding: TextEncoding): number {
  if (encoding === 'utf-8') return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (encoding === 'utf-16le') return bytes[0] === 0xff && bytes[1] === 0xfe ? 2 : 0;
  if (encoding === 'utf-16be') return bytes[0] === 0xfe && bytes[1] === 0xff ? 2 : 0;
  return 0;
}

/**
 * English text in UTF-16 has a NUL in every other byte: at odd offsets for little endian, at
 * even ones for big endian. A third of the pairs is enough to decide; UTF-8 text has no NULs.
 */
function utf16WithoutBom(bytes: Uint8Array): TextEncoding | null {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs < 2) return null;
  let even = 0,
    odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd > pairs / 3 && even < pairs / 20) return 'utf-16le';
  if (even > pairs / 3 && odd < pairs / 20) return 'utf-16be';
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// Node 20's TextDecoder('windows-1252') decodes as Latin-1, turning the curly quotes, dashes and
// euro sign of 0x80-0x9F into control characters; those 32 bytes are mapped here.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return out;
}
