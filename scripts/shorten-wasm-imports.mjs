// Gives what a WebAssembly module imports from its wasm-bindgen glue (`./<crate>_bg.js`)
// short names, in the module's import section and in the glue's import object alike:
//   node scripts/shorten-wasm-imports.mjs GLUE.js MODULE_bg.wasm
// wasm-bindgen names each import after the browser API it wraps plus a 16-digit hash
// (`__wbg_set_title_94c3533e2f3651d3`), and both files carry all ~200 of them: the hashes do
// not compress, so they cost every first visit several KB. A name the glue does not hold exactly
// once as a key stops the build, rather than ship a module whose imports no longer resolve.
import { readFileSync, writeFileSync } from 'node:fs';

const IMPORT_SECTION = 2;
const WASM_HEADER_BYTES = 8;

function fail(message) {
  console.error(`shorten-wasm-imports: ${message}`);
  process.exit(1);
}

function readUnsigned(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length) fail('the module ends inside a number');
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function unsigned(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

function name(text) {
  const utf8 = Buffer.from(text, 'utf8');
  return Buffer.concat([unsigned(utf8.length), utf8]);
}

// Where an import's description (function, table, memory, global or tag) ends.
function skipDescription(bytes, at) {
  const skipLimits = (from) => {
    const flags = bytes[from];
    let next = readUnsigned(bytes, from + 1)[1];
    if (flags & 1) next = readUnsigned(bytes, next)[1];
    return next;
  };
  const kind = bytes[at++];
  switch (kind) {
    case 0x00: return readUnsigned(bytes, at)[1];
    case 0x01: return skipLimits(at + 1);
    case 0x02: return skipLimits(at);
    case 0x03: return at + 2;
    case 0x04: return readUnsigned(bytes, at + 1)[1];
    default: return fail(`an import of unknown kind 0x${kind.toString(16)}`);
  }
}

// a, b, …, Z, aa, ab, …: names no other key of the glue's import object can have, since
// wasm-bindgen's all begin with `__wb`.
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let text = '';
  let rest = index;
  do {
    text = letters[rest % letters.length] + text;
    rest = Math.floor(rest / letters.length) - 1;
  } while (rest >= 0);
  return text;
}

const [gluePath, wasmPath] = process.argv.slice(2);
if (!gluePath || !wasmPath) fail('usage: shorten-wasm-imports.mjs GLUE.js MODULE_bg.wasm');
let glue = readFileSync(gluePath, 'utf8');
const wasm = readFileSync(wasmPath);

if (wasm.subarray(0, 4).toString('latin1') !== '\0asm') fail(`${wasmPath} is not a WebAssembly module`);
let at = WASM_HEADER_BYTES;
let section = null;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, contentStart] = readUnsigned(wasm, at + 1);
  if (contentStart + size > wasm.length) fail(`${wasmPath} is cut short inside section ${id}`);
  if (id === IMPORT_SECTION) {
    section = { start: at, contentStart, end: contentStart + size };
    break;
  }
  at = contentStart + size;
}
if (section === null) fail(`${wasmPath} imports nothing`);

const decoder = new TextDecoder('utf-8', { fatal: true });
const readName = (from) => {
  const [length, start] = readUnsigned(wasm, from);
  if (start + length > section.end) fail(`${wasmPath} has a name running past its import section`);
  return [decoder.decode(wasm.subarray(start, start + length)), start + length];
};
const [count, firstImport] = readUnsigned(wasm, section.contentStart);
let cursor = firstImport;
const entries = [];
const renamed = new Map();
for (let i = 0; i < count; i++) {
  const [module, afterModule] = readName(cursor);
  const [field, afterField] = readName(afterModule);
  const end = skipDescription(wasm, afterField);
  const fromGlue = module.endsWith('_bg.js');
  if (fromGlue && !field.startsWith('__wb')) fail(`${wasmPath} has short import names already`);
  if (fromGlue && !renamed.has(field)) renamed.set(field, shortName(renamed.size));
  entries.push(Buffer.concat([
    name(module),
    name(fromGlue ? renamed.get(field) : field),
    wasm.subarray(afterField, end),
  ]));
  cursor = end;
}
if (cursor !== section.end) fail('the import section holds more than its imports');

for (const [long, short] of renamed) {
  const key = new RegExp(`(?<![\\w$])${long}(?=:)`, 'g');
  const found = glue.match(key)?.length ?? 0;
  if (found !== 1) fail(`${gluePath} names the import ${long} ${found} times as a key, not once`);
  glue = glue.replace(key, short);
}

const content = Buffer.concat([unsigned(count), ...entries]);
writeFileSync(wasmPath, Buffer.concat([
  wasm.subarray(0, section.start),
  Buffer.from([IMPORT_SECTION]),
  unsigned(content.length),
  content,
  wasm.subarray(section.end),
]));
writeFileSync(gluePath, glue);
