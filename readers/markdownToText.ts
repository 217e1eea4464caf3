// The plain text of a Markdown article: heading marks, emphasis, code ticks, block quote and
// list marks removed, links reduced to their text, images (and their alt text), HTML comments and
// horizontal rules dropped. Paragraph and line structure are kept.

export function markdownToText(md: string): string {
  return md
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/\r\n|\r|\n/)
    .map(markdownLine)
    .filter((line) => line !== null)
    .join('\n');
}

function markdownLine(line: string): string | null {
  if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) return ''; // horizontal rule
  if (/^\s{0,3}(=+|-+)\s*$/.test(line)) return null; // setext heading underline
  if (/^\s*```/.test(line)) return null; // code fence
  return inline(
    line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s{0,3}(>\s?)+/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?=\S)/, ''),
  );
}

function inline(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // [text](url)
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // [text][ref]
    .replace(/^\s*\[[^\]]+\]:\s+\S+.*$/, '') // reference definitions
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .replace(/[ \t]+$/, '');
}
