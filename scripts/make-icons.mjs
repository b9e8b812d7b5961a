// Draws the app's icons (the favicon's tick on the brand green of src/styles/wizard.css) as PNG,
// with no image library and no downloaded asset: each pixel's coverage is worked out from the
// shapes' distance fields, 4 x 4 samples a pixel. Run it again only when the drawing changes:
//   node scripts/make-icons.mjs
// Writes public/icons/icon-192.png, icon-512.png (rounded square, clear corners) and
// maskable-512.png (full bleed; the tick stays inside the central circle every mask keeps).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';

const BRAND = [0x10, 0x60, 0x4f]; // --colour-brand
const WHITE = [0xff, 0xff, 0xff];

// The favicon's tick (public/favicon.svg, a 32-unit box): M9 16.5 l4.5 4.5 L23 11, stroke 3.2.
const TICK = [
  [9, 16.5],
  [13.5, 21],
  [23, 11],
].map(([x, y]) => [x / 32, y / 32]);
const TICK_HALF_WIDTH = 3.2 / 32 / 2;

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Inside a square with rounded corners (radius r), all in units of the icon's side. */
function insideRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

/** The tick, scaled about the centre (the maskable icon draws it smaller, inside the safe zone). */
function onTick(x, y, scale) {
  const sx = 0.5 + (x - 0.5) / scale;
  const sy = 0.5 + (y - 0.5) / scale;
  return Math.min(distanceToSegment(sx, sy, TICK[0], TICK[1]), distanceToSegment(sx, sy, TICK[1], TICK[2])) <= TICK_HALF_WIDTH;
}

function draw(size, { cornerRadius, tickScale }) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let tick = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!insideRoundedSquare(x, y, cornerRadius)) continue;
          background++;
          if (onTick(x, y, tickScale)) tick++;
        }
      }
      const n = samples * samples;
      const alpha = background / n;
      const white = background === 0 ? 0 : tick / background;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[offset + c] = Math.round(BRAND[c] * (1 - white) + WHITE[c] * white);
      rgba[offset + 3] = Math.round(alpha * 255);
    }
  }
  return png(size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
mkdirSync(out, { recursive: true });
// The favicon's corner radius is 6 of 32 units.
writeFileSync(join(out, 'icon-192.png'), draw(192, { cornerRadius: 6 / 32, tickScale: 1 }));
writeFileSync(join(out, 'icon-512.png'), draw(512, { cornerRadius: 6 / 32, tickScale: 1 }));
// Maskable: full bleed (no corners to clear); the tick at 80 % stays within the central circle of
// radius 40 % that every mask keeps.
writeFileSync(join(out, 'maskable-512.png'), draw(512, { cornerRadius: 0, tickScale: 0.8 }));
