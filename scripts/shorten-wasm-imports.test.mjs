// The import-name shortening of the release build, on a module small enough to write by hand:
// the module still instantiates against the rewritten glue, and what cannot be rewritten
// safely stops the build with a message naming it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const script = new URL('./shorten-wasm-imports.mjs', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'shorten-wasm-imports-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const text = (value) => [value.length, ...Buffer.from(value)];
const section = (id, bytes) => [id, bytes.length, ...bytes];
const functionImport = (module, field) => [...text(module), ...text(field), 0x00, 0x00];

const GLUE_MODULE = './app_bg.js';
const LOG = '__wbg_log_0123456789abcdef';
const INIT = '__wbindgen_init_externref_table';

// Imports two functions from the glue and one from elsewhere; its export `run` calls all three.
function module() {
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 0, 0]),
    ...section(2, [3, ...functionImport(GLUE_MODULE, LOG), ...functionImport(GLUE_MODULE, INIT),
      ...functionImport('env', 'keep')]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...text('run'), 0x00, 3]),
    ...section(10, [1, 8, 0, 0x10, 0, 0x10, 1, 0x10, 2, 0x0b]),
  ]);
}

const glue = (names = [LOG, INIT]) =>
  `({${JSON.stringify(GLUE_MODULE)}:{${names.map((name, i) => `${name}:function(){calls.push(${i})}`).join(',')}},env:{keep:function(){calls.push('keep')}}})`;

function run(name, glueText, wasmBytes = module()) {
  const gluePath = join(folder, `${name}.js`);
  const wasmPath = join(folder, `${name}_bg.wasm`);
  writeFileSync(gluePath, glueText);
  writeFileSync(wasmPath, wasmBytes);
  const result = spawnSync(process.execPath, [script, gluePath, wasmPath], { encoding: 'utf8' });
  return { ...result, glue: readFileSync(gluePath, 'utf8'), wasm: readFileSync(wasmPath) };
}

test('the glue imports get short names in both files, and the module still runs', async () => {
  const { status, stderr, glue: rewritten, wasm } = run('renamed', glue());
  assert.equal(status, 0, stderr);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  assert.deepEqual(imports.map(({ module, name }) => [module, name]),
    [[GLUE_MODULE, 'a'], [GLUE_MODULE, 'b'], ['env', 'keep']]);
  assert.ok(!rewritten.includes(LOG) && !rewritten.includes(INIT), rewritten);
  const calls = [];
  const importObject = new Function('calls', `return ${rewritten}`)(calls);
  const { instance } = await WebAssembly.instantiate(wasm, importObject);
  instance.exports.run();
  assert.deepEqual(calls, [0, 1, 'keep']);
});

test('an import the glue does not name once stops the build, naming it, and changes nothing', () => {
  for (const [name, names] of [['missing', [LOG]], ['twice', [LOG, INIT, INIT]]]) {
    const { status, stderr, glue: after, wasm } = run(name, glue(names));
    assert.equal(status, 1, name);
    assert.match(stderr, new RegExp(`import ${INIT} ${names.length === 1 ? 0 : 2} times`));
    assert.equal(after, glue(names));
    assert.deepEqual(wasm, module());
  }
});

test('a module shortened already, or not a module, stops the build with a message', () => {
  const once = run('once', glue());
  const again = run('again', once.glue, once.wasm);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /short import names already/);

  const cut = run('cut', glue(), module().subarray(0, 20));
  assert.equal(cut.status, 1);
  assert.match(cut.stderr, /is cut short inside section 2/);
  const page = run('page', glue(), Buffer.from('<!doctype html>'));
  assert.equal(page.status, 1);
  assert.match(page.stderr, /is not a WebAssembly module/);
});
