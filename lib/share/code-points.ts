/**
 * Maps UTF-16 offsets (JavaScript string indexes, what the API stores) to Unicode code point
 * offsets (what W3C selectors and most other languages count). Text without astral characters,
 * most text, maps to itself, so the table is built only when a surrogate pair occurs.
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (offset) => offset;
  const table = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = points;
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    const pair = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    if (pair) {
      // An offset inside a pair cannot come from a real span; it maps to the pair's start.
      table[i + 1] = points;
      i++;
    }
    points++;
  }
  table[text.length] = points;
  return (offset) => table[Math.min(Math.max(offset, 0), text.length)] ?? points;
}
