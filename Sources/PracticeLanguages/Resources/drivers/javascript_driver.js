// practice function-mode driver (docs/ARCHITECTURE.md, "Function mode"; "Languages"):
// `node practice_driver.js Main.js`.
// Loads the solution once (vm.runInThisContext, so `var f = function`, `function f` and
// `class Solution` all work), then for each test reads one JSON line per argument on stdin, calls
// it and writes one tab-separated record on stdout (the same records as the Python driver). The
// solution's console output goes to stderr, each test's followed by a marker line.
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');
const vm = require('vm');
const { StringDecoder } = require('string_decoder');

// Each attempt's driver has the lines between the markers generated for the problem's signature, as in
// the Python driver: the function's names, its number of arguments, and the conversion of each argument
// and of the return value ('value', 'tree' or 'list'), and for an in-place function the argument whose
// value after the call is the answer (MODIFIES, else -1). As they stand they make a driver for `solve(x)`. A design
// problem has DESIGN instead of null, as in the Python driver: a test is two lines, the calls and their arguments.
// CYCLE, for a list with a cycle, is [the list argument's index, the index of the argument giving the node its last
// node links back to], as in the Python driver.
// practice:config begin
const NAMES = ['solve'];
const ARITY = 1;
const KINDS = ['value'];
const RETURN = 'value';
const MODIFIES = -1;
const DESIGN = null;
const CYCLE = null;
// practice:config end
const MARK = '\x1epractice:end-of-test\x1e\n';
const sourcePath = process.argv[2];
const sourceName = path.basename(sourcePath);

function writeAll(fd, data) {
  const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += fs.writeSync(fd, bytes, offset);
    } catch (error) {
      if (error.code !== 'EAGAIN') throw error;
    }
  }
}

// The solution's output goes to stderr; records are written to fd 1 directly.
const toStderr = (...args) => writeAll(2, util.format(...args) + '\n');
console.log = toStderr;
console.info = toStderr;
console.debug = toStderr;
console.dir = (value) => toStderr(util.inspect(value));
process.stdout.write = (chunk, encoding, callback) => {
  writeAll(2, typeof chunk === 'string' ? chunk : Buffer.from(chunk));
  const done = typeof encoding === 'function' ? encoding : callback;
  if (typeof done === 'function') done();
  return true;
};

function TreeNode(val, left, right) {
  this.val = val === undefined ? 0 : val;
  this.left = left === undefined ? null : left;
  this.right = right === undefined ? null : right;
}
function ListNode(val, next) {
  this.val = val === undefined ? 0 : val;
  this.next = next === undefined ? null : next;
}
globalThis.TreeNode = TreeNode;
globalThis.ListNode = ListNode;

// LeetCode's JavaScript environment: the queues of @datastructures-js as globals, without `require`, in both
// APIs that solutions are written against. v6: `new PriorityQueue(compare)`, `new MinPriorityQueue()` or
// `new MinPriorityQueue(valueOf)`; elements come back as they went in. v4/v5: `new MinPriorityQueue({ priority })`
// or `enqueue(element, priority)`; elements come back as `{ priority, element }`. `{ compare }` works in both.
// Our own heap: the library's order among equal priorities is unspecified, and so is this one's.
class PriorityQueue {
  constructor(options, values) {
    this._heap = [];
    this._valueOf = null;
    this._compare = null;
    this._priority = null;
    if (typeof options === 'function') this._compare = options;
    else if (options && typeof options.compare === 'function') this._compare = options.compare;
    else if (options && typeof options.priority === 'function') this._priority = options.priority;
    if (Array.isArray(values)) for (const value of values) this.enqueue(value);
  }
  // -1 for a max queue: the direction of priorities and values (a compare function gives its own order).
  get _direction() { return 1; }
  _order(a, b) {
    if (this._compare) return this._compare(a, b);
    const [x, y] = this._wrapped(a) ? [a.priority, b.priority]
      : this._valueOf ? [this._valueOf(a), this._valueOf(b)] : [a, b];
    return x < y ? -this._direction : x > y ? this._direction : 0;
  }
  _wrapped(item) { return this._priority !== null || (this._byPriority === true && item !== null && typeof item === 'object'); }
  size() { return this._heap.length; }
  isEmpty() { return this._heap.length === 0; }
  front() { return this._heap.length ? this._heap[0] : null; }
  back() {
    let last = null;
    for (let i = this._heap.length >> 1; i < this._heap.length; i++) {
      if (last === null || this._order(this._heap[i], last) > 0) last = this._heap[i];
    }
    return last;
  }
  enqueue(element, priority) {
    let item = element;
    if (this._priority) item = { priority: this._priority(element), element };
    else if (priority !== undefined && !this._compare && !this._valueOf) { this._byPriority = true; item = { priority, element }; }
    this._heap.push(item);
    this._siftUp(this._heap.length - 1);
    return this;
  }
  push(element, priority) { return this.enqueue(element, priority); }
  dequeue() {
    const heap = this._heap;
    if (heap.length === 0) return null;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) { heap[0] = last; this._siftDown(0); }
    return top;
  }
  pop() { return this.dequeue(); }
  contains(predicate) { return this._heap.some(predicate); }
  remove(predicate) {
    const removed = this._heap.filter(predicate);
    if (removed.length > 0) {
      this._heap = this._heap.filter((item) => !predicate(item));
      for (let i = (this._heap.length >> 1) - 1; i >= 0; i--) this._siftDown(i);
    }
    return removed;
  }
  _siftUp(i) {
    const heap = this._heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this._order(heap[parent], heap[i]) <= 0) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  }
  _siftDown(i) {
    const heap = this._heap;
    for (;;) {
      const left = 2 * i + 1, right = left + 1;
      if (left >= heap.length) break;
      const child = right < heap.length && this._order(heap[left], heap[right]) > 0 ? right : left;
      if (this._order(heap[i], heap[child]) <= 0) break;
      [heap[i], heap[child]] = [heap[child], heap[i]];
      i = child;
    }
  }
  // Every element in priority order, the queue left as it is.
  toArray() { return this._heap.slice().sort((a, b) => this._order(a, b)); }
  clear() { this._heap = []; }
  *[Symbol.iterator]() { while (!this.isEmpty()) yield this.dequeue(); }
  static fromArray(values, options) { return new this(options, values); }
}

class MinPriorityQueue extends PriorityQueue {
  constructor(options, values) {
    super(typeof options === 'function' ? undefined : options);
    if (typeof options === 'function') this._valueOf = options;
    if (Array.isArray(values)) for (const value of values) this.enqueue(value);
  }
}

class MaxPriorityQueue extends MinPriorityQueue {
  get _direction() { return -1; }
}

// @datastructures-js/queue: first in, first out; `dequeue` on an empty queue gives null.
class Queue {
  constructor(elements) { this._items = Array.isArray(elements) ? elements.slice() : []; this._head = 0; }
  size() { return this._items.length - this._head; }
  isEmpty() { return this.size() === 0; }
  front() { return this.isEmpty() ? null : this._items[this._head]; }
  back() { return this.isEmpty() ? null : this._items[this._items.length - 1]; }
  enqueue(element) { this._items.push(element); return this; }
  push(element) { return this.enqueue(element); }
  dequeue() {
    if (this.isEmpty()) return null;
    const element = this._items[this._head++];
    if (this._head * 2 >= this._items.length) { this._items = this._items.slice(this._head); this._head = 0; }
    return element;
  }
  pop() { return this.dequeue(); }
  toArray() { return this._items.slice(this._head); }
  clear() { this._items = []; this._head = 0; }
  clone() { return new Queue(this.toArray()); }
  static fromArray(elements) { return new Queue(elements); }
}

// @datastructures-js/deque: both ends in O(1) (a ring buffer that doubles when full).
class Deque {
  constructor(elements) {
    this._ring = new Array(8);
    this._start = 0;
    this._size = 0;
    if (Array.isArray(elements)) for (const element of elements) this.pushBack(element);
  }
  _at(index) { return (this._start + index) % this._ring.length; }
  _grow() {
    if (this._size < this._ring.length) return;
    const items = this.toArray();
    this._ring = new Array(this._ring.length * 2);
    for (let i = 0; i < items.length; i++) this._ring[i] = items[i];
    this._start = 0;
  }
  size() { return this._size; }
  isEmpty() { return this._size === 0; }
  front() { return this._size ? this._ring[this._start] : null; }
  back() { return this._size ? this._ring[this._at(this._size - 1)] : null; }
  pushFront(element) {
    this._grow();
    this._start = (this._start - 1 + this._ring.length) % this._ring.length;
    this._ring[this._start] = element;
    this._size++;
    return this;
  }
  pushBack(element) { this._grow(); this._ring[this._at(this._size)] = element; this._size++; return this; }
  popFront() {
    if (this._size === 0) return null;
    const element = this._ring[this._start];
    this._ring[this._start] = undefined;
    this._start = this._at(1);
    this._size--;
    return element;
  }
  popBack() {
    if (this._size === 0) return null;
    const index = this._at(this._size - 1);
    const element = this._ring[index];
    this._ring[index] = undefined;
    this._size--;
    return element;
  }
  toArray() { const items = []; for (let i = 0; i < this._size; i++) items.push(this._ring[this._at(i)]); return items; }
  clear() { this._ring = new Array(8); this._start = 0; this._size = 0; }
  clone() { return new Deque(this.toArray()); }
  static fromArray(elements) { return new Deque(elements); }
}

Object.assign(globalThis, { PriorityQueue, MinPriorityQueue, MaxPriorityQueue, Queue, Deque });

function fatal(message, details) {
  writeAll(1, 'fatal\t' + JSON.stringify(message) + '\t' + JSON.stringify(details) + '\n');
  process.exit(1);
}

// A TypeScript solution: tsc's source map next to the transpiled file (`Main.js.map`, from `--sourceMap`) maps the
// positions in stack traces back to `Main.ts` (node applies source maps to modules only, not to vm scripts). Decoded
// once: for each generated line, its segments [generated column, original line, original column], 0-based.
const sourceMap = (() => {
  let map;
  try { map = JSON.parse(fs.readFileSync(sourcePath + '.map', 'utf8')); } catch (error) { return null; }
  if (!map || typeof map.mappings !== 'string' || !Array.isArray(map.sources) || map.sources.length !== 1) return null;
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lines = [];
  let line = 0, column = 0;
  for (const text of map.mappings.split(';')) {
    const segments = [];
    let generated = 0;
    for (const segment of text.split(',')) {
      const values = [];
      let value = 0, shift = 0;
      for (const character of segment) {
        const digit = digits.indexOf(character);
        value += (digit & 31) << shift;
        if (digit & 32) { shift += 5; continue; }
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
      if (values.length === 0) continue;
      generated += values[0];
      if (values.length >= 4) { line += values[2]; column += values[3]; segments.push([generated, line, column]); }
    }
    lines.push(segments);
  }
  return { name: path.basename(map.sources[0]), lines };
})();

// `text` with every `Main.js:line:column` replaced by the original file's position (unchanged without a source map).
function original(text) {
  if (sourceMap === null) return text;
  const escaped = sourceName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(escaped + ':(\\d+):(\\d+)', 'g'), (whole, line, column) => {
    const segments = sourceMap.lines[Number(line) - 1];
    if (!segments || segments.length === 0) return whole;
    let best = segments[0];
    for (const segment of segments) if (segment[0] <= Number(column) - 1) best = segment;
    return sourceMap.name + ':' + (best[1] + 1) + ':' + (best[2] + 1);
  });
}

// An exception in one call of a design test, which its message names.
class CallFailed {
  constructor(prefix, error) {
    this.prefix = prefix;
    this.error = error;
  }
}

function describe(error) {
  if (error instanceof CallFailed) return error.prefix + describe(error.error);
  let text = error instanceof Error ? (error.message ? error.name + ': ' + error.message : error.name)
    : 'thrown: ' + util.inspect(error);
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
  const at = stack.split('\n').find((line) => line.includes(sourceName + ':'));
  if (at) {
    const match = at.match(/(?:at\s+(\S+)\s+\()?[^()]*?([^/()]+:\d+:\d+)\)?\s*$/);
    if (match) text += ' (' + original(match[2]) + (match[1] ? ', in ' + match[1] : '') + ')';
  }
  return text;
}

function details(error) {
  if (error instanceof CallFailed) return details(error.error);
  if (!(error instanceof Error) || typeof error.stack !== 'string') return '';
  const lines = error.stack.split('\n');
  const own = lines.filter((line, index) => index === 0 || !/^\s+at /.test(line) || line.includes(sourceName + ':'));
  return original(own.slice(0, 12).join('\n').slice(-4000));
}

function tree(values) {
  const Node = typeof globalThis.TreeNode === 'function' ? globalThis.TreeNode : TreeNode;
  if (!Array.isArray(values) || values.length === 0 || values[0] === null) return null;
  const root = new Node(values[0]);
  const queue = [root];
  let head = 0;
  let index = 1;
  while (index < values.length && head < queue.length) {
    const node = queue[head++];
    if (values[index] !== null) {
      node.left = new Node(values[index]);
      queue.push(node.left);
    }
    index++;
    if (index < values.length && values[index] !== null) {
      node.right = new Node(values[index]);
      queue.push(node.right);
    }
    index++;
  }
  return root;
}

function treeValues(root) {
  const values = [];
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    if (node === null || node === undefined) {
      values.push(null);
    } else {
      values.push(node.val);
      queue.push(node.left === undefined ? null : node.left, node.right === undefined ? null : node.right);
    }
  }
  while (values.length > 0 && values[values.length - 1] === null) values.pop();
  return values;
}

// Links the list's last node back to its node at index `pos` (nothing when pos is -1).
function linkCycle(head, pos) {
  if (head === null || pos < 0) return;
  let target = null;
  let node = head;
  for (let index = 0; ; index++) {
    if (index === pos) target = node;
    if (node.next === null) break;
    node = node.next;
  }
  node.next = target;
}

function linked(values) {
  const Node = typeof globalThis.ListNode === 'function' ? globalThis.ListNode : ListNode;
  let head = null;
  for (let i = values.length - 1; i >= 0; i--) head = new Node(values[i], head);
  return head;
}

// The values of a returned list; a list that comes back to a node (a cycle) is an error, as on LeetCode.
function linkedValues(node) {
  const values = [];
  let fast = node;
  for (; node !== null && node !== undefined; node = node.next) {
    values.push(node.val);
    fast = fast && fast.next ? fast.next.next : null;
    if (fast && fast === node.next) throw new Error('the returned list has a cycle (Found cycle in the ListNode)');
  }
  return values;
}

// A transpiled TypeScript module (`export function f`, `export {}`) starts with tsc's CommonJS preamble, which sets
// `exports.__esModule`: it gets an object to write to, and its functions and classes stay script-level names.
if (sourceMap !== null && typeof globalThis.exports === 'undefined') globalThis.exports = {};

try {
  vm.runInThisContext(fs.readFileSync(sourcePath, 'utf8'), { filename: sourceName });
} catch (error) {
  fatal('the solution failed to load: ' + describe(error), details(error));
}

function lookup(name) {
  try {
    return vm.runInThisContext('typeof ' + name + " === 'undefined' ? undefined : " + name);
  } catch (error) {
    return undefined;
  }
}

// A design test: construct DESIGN's class with the first call's arguments, then call each method in order; the
// answers, one per call (null for the constructor and for methods that return nothing). An exception names the call.
function designCall() {
  const Class = lookup(DESIGN.class);
  if (typeof Class !== 'function') fatal(sourceName + ': it defines no class ' + DESIGN.class, '');
  const kinds = (list) => list.map((kind) => (kind === 'tree' ? tree : kind === 'list' ? linked : (value) => value));
  const construct = kinds(DESIGN.init);
  const methods = {};
  for (const [name, method] of Object.entries(DESIGN.methods)) {
    const returns = method.returns;
    methods[name] = {
      convert: kinds(method.kinds),
      encode: returns === null ? null : returns === 'tree' ? treeValues : returns === 'list' ? linkedValues : (value) => value,
    };
  }
  return ([names, calls]) => {
    let index = 0;
    try {
      const object = new Class(...calls[0].map((value, i) => construct[i](value)));
      const answers = [null];
      for (index = 1; index < names.length; index++) {
        const method = methods[names[index]];
        if (typeof object[names[index]] !== 'function') throw new TypeError(DESIGN.class + ' has no method ' + names[index]);
        const value = object[names[index]](...calls[index].map((argument, i) => method.convert[i](argument)));
        answers.push(method.encode === null || value === undefined ? null : method.encode(value));
      }
      return answers;
    } catch (error) {
      throw new CallFailed('call ' + index + ' (' + names[index] + '): ', error);
    }
  };
}

let call = null;
const Solution = lookup('Solution');
if (DESIGN !== null) {
  call = designCall();
} else if (typeof Solution === 'function') {
  for (const name of NAMES) {
    if (Solution.prototype && typeof Solution.prototype[name] === 'function') {
      call = (args) => new Solution()[name](...args);
      break;
    }
    if (typeof Solution[name] === 'function') {
      call = (args) => Solution[name](...args);
      break;
    }
    try {
      if (typeof new Solution()[name] === 'function') {  // a class field holding an arrow function
        call = (args) => new Solution()[name](...args);
        break;
      }
    } catch (error) {
      // a constructor that needs arguments: not callable the LeetCode way
    }
  }
}
if (call === null) {
  for (const name of NAMES) {
    const f = lookup(name);
    if (typeof f === 'function') {
      call = (args) => f(...args);
      break;
    }
  }
}
if (call === null) {
  fatal(sourceName + ': ' + (typeof Solution === 'function' ? 'class Solution has no method ' + NAMES[0]
    : 'it defines neither class Solution nor a function ' + NAMES[0]), '');
}

const convert = KINDS.map((kind) => (kind === 'tree' ? tree : kind === 'list' ? linked : (value) => value));
const encode = RETURN === 'tree' ? treeValues : RETURN === 'list' ? linkedValues : (value) => value;

const decoder = new StringDecoder('utf8');
const chunk = Buffer.allocUnsafe(1 << 16);
let buffered = '';
let position = 0;
let ended = false;
const pause = new Int32Array(new SharedArrayBuffer(4));

function readLine() {
  for (;;) {
    const newline = buffered.indexOf('\n', position);
    if (newline >= 0) {
      const line = buffered.slice(position, newline);
      position = newline + 1;
      return line;
    }
    if (ended) return null;
    buffered = buffered.slice(position);
    position = 0;
    let count;
    try {
      count = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      if (error.code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 1);
        continue;
      }
      if (error.code !== 'EOF') throw error;
      count = 0;
    }
    if (count === 0) {
      ended = true;
      buffered += decoder.end();
    } else {
      buffered += decoder.write(chunk.subarray(0, count));
    }
  }
}

function seconds(usage) {
  return (usage.user + usage.system) / 1e6;
}

// Each test's own peak memory: the kernel's high-water mark is reset to the current resident size before
// the test (clear_refs 5) and read after it (VmHWM); maxRSS would also count earlier tests' peaks.
function openOr(path, flags) {
  try { return fs.openSync(path, flags); } catch (error) { return -1; }
}
const clearRefs = openOr('/proc/self/clear_refs', 'w');
const statusFile = openOr('/proc/self/status', 'r');
const statusBuffer = Buffer.alloc(8192);
const FIVE = Buffer.from('5');
function resetPeak() {
  if (clearRefs >= 0) { try { fs.writeSync(clearRefs, FIVE, 0, 1, null); } catch (error) {} }
}
function peakKiB() {
  if (statusFile >= 0) {
    try {
      const length = fs.readSync(statusFile, statusBuffer, 0, statusBuffer.length, 0);
      const text = statusBuffer.toString('latin1', 0, length);
      const at = text.indexOf('VmHWM:');
      if (at >= 0) return parseInt(text.slice(at + 6), 10);
    } catch (error) {}
  }
  return process.resourceUsage().maxRSS;
}

writeAll(1, 'ready\t' + seconds(process.cpuUsage()).toFixed(6) + '\n');
for (;;) {
  const lines = [];
  for (let i = 0; i < ARITY; i++) {
    const line = readLine();
    if (line === null) process.exit(0);
    lines.push(line);
  }
  resetPeak();
  const cpu = process.cpuUsage();
  const wall = process.hrtime.bigint();
  let record;
  try {
    const args = lines.map((line, i) => convert[i](JSON.parse(line)));
    if (CYCLE !== null) linkCycle(args[CYCLE[0]], args[CYCLE[1]]);
    const returned = call(CYCLE === null ? args : args.filter((_, i) => i !== CYCLE[1]));
    const value = MODIFIES >= 0 ? args[MODIFIES] : returned;
    try {
      const text = JSON.stringify(encode(value));
      record = 'ok\t' + (text === undefined ? 'null' : text);
    } catch (error) {
      record = 'err\t' + JSON.stringify('the return value cannot be written as JSON: ' + describe(error)) + '\t""';
    }
  } catch (error) {
    record = 'err\t' + JSON.stringify(describe(error)) + '\t' + JSON.stringify(details(error));
  }
  writeAll(2, MARK);
  const spent = seconds(process.cpuUsage(cpu));
  const elapsed = Number(process.hrtime.bigint() - wall) / 1e9;
  const tab = record.indexOf('\t');
  writeAll(1, record.slice(0, tab) + '\t' + spent.toFixed(6) + '\t' + elapsed.toFixed(6) + '\t'
    + peakKiB() + '\t' + seconds(process.cpuUsage()).toFixed(6) + record.slice(tab) + '\n');
}
