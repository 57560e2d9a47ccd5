// node --test: the application's modules stay readable, as tests/test_sizes.py keeps the
// plugin's Python: no module over 400 lines, no function over 60, and no import cycle
// (a module that needs an action of one that imports it asks the App, app.js).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const MODULE_LINES = 400;
const FUNCTION_LINES = 60;
const CONTROL = new Set(['if', 'for', 'while', 'switch', 'catch', 'function']);
const STARTS = [
  /^(\s*)(?:export\s+)?(?:async\s+)?function\s*\*?\s*(\w+)\s*\(/, // function name(
  /^(\s+)(?:static\s+)?(?:async\s+)?(\w+)\s*\([^()]*\)\s*\{\s*$/, // a method: name(args) {
  /^(\s*)(?:export\s+)?const\s+(\w+)\s*=\s*(?:async\s+)?(?:\([^()]*\)|\w+)\s*=>\s*\{\s*$/, // const name = (args) => {
];

const modules = readdirSync(SRC).filter((f) => f.endsWith('.js')).sort()
  .map((name) => ({name, lines: readFileSync(join(SRC, name), 'utf8').replace(/\n$/, '').split('\n')}));

/** The functions of a module, {name, lines}: from the line that starts one to the first
 * line after it that closes a block at the same indentation (the code's style). */
function functions(lines) {
  const out = [];
  lines.forEach((line, n) => {
    for (const start of STARTS) {
      const m = line.match(start);
      if (!m || CONTROL.has(m[2])) continue;
      const end = new RegExp('^' + m[1] + '\\}');
      let k = n + 1;
      while (k < lines.length && !end.test(lines[k])) k++;
      out.push({name: m[2], lines: k - n + 1});
      break;
    }
  });
  return out;
}

test('the size check finds the functions it measures', () => {
  const lines = ['export function a(x) {', '  if (x) {', '  }', '  return x;', '}', 'class B {', '  m(y) {',
    '    return y;', '  }', '}', 'const c = (z) => {', '  return z;', '};'];
  assert.deepEqual(functions(lines), [{name: 'a', lines: 5}, {name: 'm', lines: 3}, {name: 'c', lines: 3}]);
  const filter = modules.find((m) => m.name === 'filter.js');
  const found = functions(filter.lines).find((f) => f.name === 'filterPoints');
  assert.ok(found && found.lines > 20 && found.lines <= FUNCTION_LINES, JSON.stringify(found));
});

test('no module over 400 lines, no function over 60', () => {
  const over = [];
  for (const {name, lines} of modules) {
    if (lines.length > MODULE_LINES) over.push(name + ': ' + lines.length);
    for (const f of functions(lines)) if (f.lines > FUNCTION_LINES) over.push(name + ':' + f.name + ': ' + f.lines);
  }
  assert.deepEqual(over, [], 'cut these into modules with one job each, or named steps');
});

test('no import cycle between the modules', () => {
  const imports = new Map(modules.map(({name, lines}) => [name,
    lines.map((l) => l.match(/^import\b.*from '\.\/([\w-]+\.js)';$/)).filter(Boolean).map((m) => m[1])]));
  assert.ok(imports.get('app.js').includes('details.js'));
  const cycles = [];
  const walk = (name, path) => {
    if (path.includes(name)) {
      cycles.push([...path.slice(path.indexOf(name)), name].join(' -> '));
      return;
    }
    for (const next of imports.get(name) || []) walk(next, [...path, name]);
  };
  for (const name of imports.keys()) walk(name, []);
  assert.deepEqual(cycles, []);
});
