/**
 * Which characters a TrueType/OpenType font has glyphs for, read from its `cmap` table. The
 * preview image renderer (Satori) downloads a fallback font from the network for any character the
 * given fonts lack, and emoji from a CDN; Parallax must never fetch at run time, so text is
 * reduced to what the shipped font covers before it reaches the renderer.
 */
export type Coverage = (codePoint: number) => boolean;

type Range = [first: number, last: number];

function rangesToCoverage(ranges: Range[]): Coverage {
  ranges.sort((a, b) => a[0] - b[0]);
  return (cp) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [first, last] = ranges[mid] ?? [0, -1];
      if (cp < first) hi = mid - 1;
      else if (cp > last) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/** Format 12: groups of consecutive code points mapped to consecutive glyphs (full Unicode). */
function format12(view: DataView, at: number): Range[] {
  const groups = view.getUint32(at + 12);
  const ranges: Range[] = [];
  for (let g = 0; g < groups; g++) {
    const base = at + 16 + g * 12;
    const first = view.getUint32(base);
    const last = view.getUint32(base + 4);
    const glyph = view.getUint32(base + 8);
    // A group starting at glyph 0 maps its first character to "missing glyph".
    if (glyph === 0) {
      if (last > first) ranges.push([first + 1, last]);
    } else ranges.push([first, last]);
  }
  return ranges;
}

/** Format 4: segments of the Basic Multilingual Plane, with per-character lookups in some. */
function format4(view: DataView, at: number): Range[] {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const ranges: Range[] = [];
  for (let s = 0; s < segments; s++) {
    const first = view.getUint16(starts + s * 2);
    const last = view.getUint16(ends + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let cp = first; cp <= last && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        const address = rangeOffsets + s * 2 + rangeOffset + (cp - first) * 2;
        const raw = address + 2 <= view.byteLength ? view.getUint16(address) : 0;
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph === 0) continue;
      const previous = ranges[ranges.length - 1];
      if (previous && previous[1] === cp - 1) previous[1] = cp;
      else ranges.push([cp, cp]);
    }
  }
  return ranges;
}

/** Reads the best Unicode cmap subtable; throws on a file that is not a font we can read. */
export function fontCoverage(font: Uint8Array): Coverage {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let t = 0; t < tables; t++) {
    const record = 12 + t * 16;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    if (tag === "cmap") cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error("the font has no cmap table");
  const subtables: { platform: number; encoding: number; at: number }[] = [];
  const count = view.getUint16(cmap + 2);
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    subtables.push({
      platform: view.getUint16(record),
      encoding: view.getUint16(record + 2),
      at: cmap + view.getUint32(record + 4),
    });
  }
  // Full-Unicode tables first, then the BMP ones (Windows Unicode BMP, Unicode platform).
  const full = subtables.find(
    (s) => view.getUint16(s.at) === 12 && (s.platform === 0 || (s.platform === 3 && s.encoding === 10)),
  );
  if (full) return rangesToCoverage(format12(view, full.at));
  const bmp = subtables.find(
    (s) => view.getUint16(s.at) === 4 && (s.platform === 0 || (s.platform === 3 && s.encoding === 1)),
  );
  if (bmp) return rangesToCoverage(format4(view, bmp.at));
  throw new Error("the font has no Unicode cmap subtable of format 4 or 12");
}

/** Printable ASCII: what any Latin font covers, the fallback when no font file can be read. */
export const ASCII_COVERAGE: Coverage = (cp) => cp >= 0x20 && cp < 0x7f;
