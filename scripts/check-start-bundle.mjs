// The start bundle: every script the window loads before the first screen (the entry in
// dist/renderer/index.html and what it imports statically), minified, as `npm run build:renderer`
// wrote it. Run by `npm run test:e2e` right after that build; fails when the sum passes the limit.
// Usage: node scripts/check-start-bundle.mjs [--limit-kb=500] [--dir=dist/renderer]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const LIMIT_KB = Number(option('limit-kb', '500'));
const DIR = option('dir', 'dist/renderer');

const html = join(DIR, 'index.html');
if (!existsSync(html)) {
  console.error(`Start bundle: ${html} is missing; run "npm run build:renderer" first.`);
  process.exit(1);
}

/** `./assets/x.js` as index.html and the chunks name it → path inside DIR. */
const inDir = (from, ref) => posix.normalize(posix.join(posix.dirname(from), ref));

const page = readFileSync(html, 'utf8');
const entries = [...page.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+\.js)"/g), ...page.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)].map(
  (match) => inDir('index.html', match[1]),
);
if (entries.length === 0) {
  console.error('Start bundle: no module script in index.html.');
  process.exit(1);
}

// Static imports only (`import{a}from"./x.js"`, `import"./x.js"`); `import("./x.js")` loads later.
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const loaded = new Set();
const queue = [...entries];
while (queue.length > 0) {
  const file = queue.shift();
  if (loaded.has(file)) continue;
  loaded.add(file);
  const code = readFileSync(join(DIR, file), 'utf8');
  for (const match of code.matchAll(STATIC_IMPORT)) queue.push(inDir(file, match[1]));
}

const kB = (bytes) => (bytes / 1000).toFixed(1).padStart(8);
const sizeOf = (file) => statSync(join(DIR, file)).size;
const start = [...loaded].map((file) => ({ file, bytes: sizeOf(file) })).sort((a, b) => b.bytes - a.bytes);
const total = start.reduce((sum, { bytes }) => sum + bytes, 0);

console.log('Start bundle (loaded before the first screen, minified):');
for (const { file, bytes } of start) console.log(`${kB(bytes)} kB  ${file}`);
console.log(`${kB(total)} kB  in all (limit ${LIMIT_KB} kB)`);

const later = readdirSync(join(DIR, 'assets'))
  .map((name) => `assets/${name}`)
  .filter((file) => file.endsWith('.js') && !loaded.has(file))
  .map((file) => ({ file, bytes: sizeOf(file) }))
  .sort((a, b) => b.bytes - a.bytes);
console.log(`Loaded later, on demand (${later.length} chunks, largest first):`);
for (const { file, bytes } of later.slice(0, 8)) console.log(`${kB(bytes)} kB  ${file}`);

if (total > LIMIT_KB * 1000) {
  console.error(`Start bundle too large: ${(total / 1000).toFixed(1)} kB > ${LIMIT_KB} kB. Load big libraries or screens with import() where they are used.`);
  process.exit(1);
}
