// The swelearn judge's harness (generated; edits are lost). It reads every case from stdin,
// requires solution.js, calls it on each case with a monotonic clock around the call, and writes
// one result line per case in the judge's wire format.
'use strict';
const fs = require('fs');

class ListNode {
    constructor(val = 0, next = null) {
        this.val = val;
        this.next = next;
    }
}

class TreeNode {
    constructor(val = 0, left = null, right = null) {
        this.val = val;
        this.left = left;
        this.right = right;
    }
}

// The solution uses ListNode and TreeNode without requiring them, as on online judges.
globalThis.ListNode = ListNode;
globalThis.TreeNode = TreeNode;

const MAX_NODES = 10000000;
const MIN_I64 = -(2n ** 63n);
const MAX_I64 = 2n ** 63n - 1n;
const toks = fs.readFileSync(0, 'latin1').split(/\s+/);
let pos = toks.length > 0 && toks[0] === '' ? 1 : 0;

// Node writes to a pipe asynchronously once the pipe is full, and nothing is written while the
// solution runs: every write to stdout (the harness's and console.log's) goes out at once, in
// order, so results arrive as each case ends and a flood is seen as it happens.
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

function writeOut(text) {
    const buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text);
    let off = 0;
    while (off < buf.length) {
        try {
            off += fs.writeSync(1, buf, off);
        } catch (e) {
            if (e.code !== 'EAGAIN') throw e;
            Atomics.wait(PAUSE, 0, 0, 1);
        }
    }
}

process.stdout.write = (chunk, encoding, done) => {
    writeOut(chunk);
    const cb = typeof encoding === 'function' ? encoding : done;
    if (typeof cb === 'function') cb();
    return true;
};

function fail(msg) {
    process.stderr.write(`swelearn harness: ${msg}\n`);
    process.exit(3);
}

function tok() {
    if (pos >= toks.length || toks[pos] === '') fail("the judge's input ended early");
    return toks[pos++];
}

const rInt = () => Number(tok());
const rFloat = () => Number(tok());
const rBool = () => tok() === 'true';
const rChar = () => String.fromCodePoint(Number(tok()));
const rStr = () => Buffer.from(tok().slice(1), 'hex').toString('utf8');
const rArr = (read) => () => {
    const n = Number(tok());
    const v = new Array(n);
    for (let i = 0; i < n; i++) v[i] = read();
    return v;
};

function rList() {
    const values = rArr(rInt)();
    let head = null;
    for (let i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head);
    return head;
}

function rTree() {
    const n = Number(tok());
    const nodes = new Array(n);
    for (let i = 0; i < n; i++) {
        const t = tok();
        nodes[i] = t === 'null' ? null : new TreeNode(Number(t));
    }
    let next = 1;
    for (let i = 0; i < n && next < n; i++) {
        if (nodes[i] === null) continue;
        nodes[i].left = nodes[next++];
        if (next < n) nodes[i].right = nodes[next++];
    }
    return n > 0 ? nodes[0] : null;
}

class Bad extends Error {}

function desc(x) {
    if (x === null) return 'null';
    if (x === undefined) return 'undefined';
    let s;
    try {
        s = JSON.stringify(x);
    } catch (e) {
        s = undefined;
    }
    if (s === undefined) s = String(x);
    if (s.length > 40) s = s.slice(0, 37) + '...';
    return `${Array.isArray(x) ? 'array' : typeof x} ${s}`;
}

function wInt(x, out) {
    if (typeof x === 'bigint') {
        if (x < MIN_I64 || x > MAX_I64) throw new Bad(`${x} does not fit in a 64-bit integer`);
        out.push(x.toString());
        return;
    }
    if (typeof x !== 'number' || !Number.isInteger(x)) throw new Bad(`expected int, found ${desc(x)}`);
    if (Number.isSafeInteger(x)) {
        out.push(String(x));
        return;
    }
    const b = BigInt(x);
    if (b < MIN_I64 || b > MAX_I64) throw new Bad(`${x} does not fit in a 64-bit integer`);
    out.push(b.toString());
}

function wFloat(x, out) {
    if (typeof x !== 'number') throw new Bad(`expected float, found ${desc(x)}`);
    if (!Number.isFinite(x)) throw new Bad(`${x} is not a finite number`);
    out.push(String(x));
}

function wBool(x, out) {
    if (typeof x !== 'boolean') throw new Bad(`expected bool, found ${desc(x)}`);
    out.push(x ? 'true' : 'false');
}

function wStr(x, out) {
    if (typeof x !== 'string') throw new Bad(`expected string, found ${desc(x)}`);
    out.push('s' + Buffer.from(x, 'utf8').toString('hex'));
}

function wChar(x, out) {
    if (typeof x !== 'string' || [...x].length !== 1) {
        throw new Bad(`expected a one-character string, found ${desc(x)}`);
    }
    out.push(String(x.codePointAt(0)));
}

const wArr = (write, name) => (x, out) => {
    if (!Array.isArray(x)) throw new Bad(`expected ${name}, found ${desc(x)}`);
    out.push(String(x.length));
    for (let i = 0; i < x.length; i++) {
        try {
            write(x[i], out);
        } catch (e) {
            if (e instanceof Bad) throw new Bad(`[${i}]: ${e.message}`);
            throw e;
        }
    }
};

function wList(x, out) {
    const values = [];
    while (x !== null) {
        if (typeof x !== 'object' || x === undefined || !('val' in x)) {
            throw new Bad(`expected ListNode, found ${desc(x)}`);
        }
        if (values.length === MAX_NODES) {
            throw new Bad(`the list has more than ${MAX_NODES} nodes: is there a cycle?`);
        }
        wInt(x.val, values);
        x = x.next === undefined ? null : x.next;
    }
    out.push(String(values.length));
    for (const v of values) out.push(v);
}

function wTree(x, out) {
    const values = [];
    const queue = [x];
    for (let k = 0; k < queue.length; k++) {
        const node = queue[k] === undefined ? null : queue[k];
        if (node === null) {
            values.push('null');
            continue;
        }
        if (typeof node !== 'object' || !('val' in node)) {
            throw new Bad(`expected TreeNode, found ${desc(node)}`);
        }
        if (k > MAX_NODES) throw new Bad(`the tree has more than ${MAX_NODES} nodes: is there a cycle?`);
        wInt(node.val, values);
        queue.push(node.left, node.right);
    }
    while (values.length > 0 && values[values.length - 1] === 'null') values.pop();
    out.push(String(values.length));
    for (const v of values) out.push(v);
}

function serve(readCase, load, run, encode) {
    if (tok() !== 'SWL1') fail("the input is not in the judge's format");
    const nonce = tok();
    const n = Number(tok());
    const cases = new Array(n);
    for (let i = 0; i < n; i++) cases[i] = readCase();
    toks.length = 0;
    load();
    writeOut(`${nonce} ready\n`);
    for (let i = 0; i < n; i++) {
        const c = cases[i];
        cases[i] = null;
        const [ns, result] = run(c);
        const out = [];
        let line;
        try {
            encode(c, result, out);
            line = `${nonce} ${i} ${ns} = ${out.join(' ')}\n`;
        } catch (e) {
            if (!(e instanceof Bad)) throw e;
            line = `${nonce} ${i} ${ns} ! ${Buffer.from(e.message, 'utf8').toString('hex')}\n`;
        }
        writeOut(line);
    }
}

const clock = process.hrtime.bigint;
