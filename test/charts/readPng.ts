// Just enough of PNG to check what the renderer wrote: the IHDR size, and the pixels of the
// 8-bit RGBA, non-interlaced images resvg writes (zlib from Node; the five scanline filters).
import { inflateSync } from 'node:zlib';

export function pngSize(png: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(png);
  if (b.readUInt32BE(0) !== 0x89504e47 || b.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

export interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

export function decodePng(png: Uint8Array): Pixels {
  const b = Buffer.from(png);
  const { width, height } = pngSize(b);
  if (b[24] !== 8 || b[25] !== 6 || b[28] !== 0) throw new Error('only 8-bit RGBA non-interlaced PNGs');
  const idat: Buffer[] = [];
  for (let at = 8; at < b.length;) {
    const length = b.readUInt32BE(at);
    if (b.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(b.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? rgba[y * stride + x - 4] : 0;
      const up = y > 0 ? rgba[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4] : 0;
      const p = a + up - c;
      const pa = Math.abs(p - a),
        pb = Math.abs(p - up),
        pc = Math.abs(p - c);
      const predictor = [0, a, up, (a + up) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? up : c][filter];
      rgba[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  return { width, height, rgba };
}

/** Pixels darker than `threshold` (mean of R, G, B) in rows [y0, y1). */
export function darkPixels({ width, rgba }: Pixels, y0: number, y1: number, threshold = 90): number {
  let n = 0;
  for (let y = y0; y < y1; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if ((rgba[i] + rgba[i + 1] + rgba[i + 2]) / 3 < threshold) n++;
    }
  return n;
}
