#!/usr/bin/env node
/* global console, process -- Node scripts: eslint.config.js gives .mjs files no Node globals. */
// The first screen's JavaScript budget (issue 3): the entry script of dist/index.html plus every
// chunk it preloads, gzip-compressed, must stay at or below 130 KB. jsPDF must never be in that
// set: the PDF code is loaded only when a person asks for the checklist (issue 4).
//
// Run after `vite build`. Exit 0 within budget, 1 above it or when jsPDF is in an initial chunk.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// Kilobytes of 1,000 bytes, as Vite's build report prints them; the stricter reading of "130 KB".
const BUDGET_BYTES = 130 * 1000;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// An optional argument names another build folder (used to check this script itself).
const dist = resolve(process.argv[2] ?? join(root, 'dist'));

// String literals that survive minification and occur only in jsPDF or jspdf-autotable.
// They are checked against the installed library below, so an upgrade that drops them
// makes this script fail loudly instead of silently finding nothing.
const PDF_MARKERS = [
  { library: 'jspdf', file: 'dist/jspdf.es.min.js', text: 'Invalid argument passed to jsPDF.' },
  { library: 'jspdf', file: 'dist/jspdf.es.min.js', text: '/Producer (' },
  { library: 'jspdf-autotable', file: 'dist/jspdf.plugin.autotable.mjs', text: 'units width could not fit page' },
];

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Returns the dist-relative paths of the entry module script and its modulepreload links. */
function initialScripts(html) {
  const files = [];
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    if (!/\btype=["']module["']/.test(tag)) continue;
    const src = /\bsrc=["']([^"']+)["']/.exec(tag)?.[1];
    if (src) files.push(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    if (!/\brel=["']modulepreload["']/.test(tag)) continue;
    const href = /\bhref=["']([^"']+)["']/.exec(tag)?.[1];
    if (href) files.push(href);
  }
  return [...new Set(files)];
}

function checkMarkersMatchInstalledLibraries() {
  for (const marker of PDF_MARKERS) {
    const source = readFileSync(join(root, 'node_modules', marker.library, marker.file), 'utf8');
    if (!source.includes(marker.text)) {
      throw new Error(
        `The marker "${marker.text}" is no longer in ${marker.library}/${marker.file}; ` +
          'update PDF_MARKERS in scripts/check-size.mjs so the lazy-PDF check still means something.',
      );
    }
  }
}

function main() {
  const indexHtml = join(dist, 'index.html');
  if (!existsSync(indexHtml)) {
    console.error(`${indexHtml} not found: run \`npm run build\` first.`);
    return 1;
  }
  checkMarkersMatchInstalledLibraries();

  const files = initialScripts(readFileSync(indexHtml, 'utf8'));
  if (files.length === 0) {
    console.error('No entry script found in dist/index.html: cannot measure the initial JavaScript.');
    return 1;
  }

  let total = 0;
  const pdfInInitial = [];
  for (const url of files) {
    if (/^[a-z]+:\/\//i.test(url) || url.startsWith('//')) {
      console.error(`Initial script ${url} is on another host: the app must load only its own code.`);
      return 1;
    }
    const path = join(dist, url.replace(/^\//, '').split(/[?#]/)[0] ?? '');
    const code = readFileSync(path);
    const gzipped = gzipSync(code).length;
    total += gzipped;
    console.log(`  ${url}  ${kb(code.length)} raw, ${kb(gzipped)} gzip`);
    const text = code.toString('utf8');
    const found = PDF_MARKERS.filter((marker) => text.includes(marker.text)).map((marker) => marker.library);
    if (found.length > 0) pdfInInitial.push(`${url} (${[...new Set(found)].join(', ')})`);
  }

  // Report where the PDF code does live, so a reader can see the lazy chunk exists.
  const assets = existsSync(join(dist, 'assets')) ? readdirSync(join(dist, 'assets')) : [];
  const lazyPdf = assets.filter(
    (name) =>
      name.endsWith('.js') &&
      !files.some((url) => url.endsWith(`/${name}`)) &&
      PDF_MARKERS.some((marker) => readFileSync(join(dist, 'assets', name), 'utf8').includes(marker.text)),
  );

  console.log(`Initial JavaScript: ${kb(total)} gzip (${total} bytes) of a ${kb(BUDGET_BYTES)} budget.`);
  console.log(lazyPdf.length > 0 ? `jsPDF is in lazy chunk(s): ${lazyPdf.join(', ')}.` : 'jsPDF is not in this build.');

  let ok = true;
  if (pdfInInitial.length > 0) {
    console.error(`jsPDF code is in the initial JavaScript: ${pdfInInitial.join('; ')}. Load it with import() when asked.`);
    ok = false;
  }
  if (total > BUDGET_BYTES) {
    console.error(`Over budget by ${kb(total - BUDGET_BYTES)}.`);
    ok = false;
  }
  return ok ? 0 : 1;
}

process.exitCode = main();
