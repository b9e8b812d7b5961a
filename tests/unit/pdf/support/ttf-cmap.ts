/** The code points a TrueType file maps to a real glyph, read from its Unicode cmap (formats 4 and 12). */
export function codePointsOf(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tableCount = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tableCount; i += 1) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    if (tag === 'cmap') cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error('no cmap table');
  const found = new Set<number>();
  const subtables = view.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i += 1) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const offset = cmap + view.getUint32(cmap + 4 + i * 8 + 4);
    const format = view.getUint16(offset);
    if (platform !== 3 && platform !== 0) continue;
    if (format === 4) readFormat4(view, offset, found);
    if (format === 12) readFormat12(view, offset, found);
  }
  return found;
}

function readFormat4(view: DataView, offset: number, found: Set<number>): void {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s += 1) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        const raw = view.getUint16(at);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) found.add(c);
    }
  }
}

function readFormat12(view: DataView, offset: number, found: Set<number>): void {
  const groups = view.getUint32(offset + 12);
  for (let g = 0; g < groups; g += 1) {
    const start = view.getUint32(offset + 16 + g * 12);
    const end = view.getUint32(offset + 16 + g * 12 + 4);
    for (let c = start; c <= end; c += 1) found.add(c);
  }
}
