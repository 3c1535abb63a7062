// The benchmark's client for the language server over stdio, run by bench/run.mjs as a process of
// its own so that nothing else's heap or garbage collection lands in the figures. Measures server
// start to first diagnostics, one-character edits in each 100 KB draft it is given (pull
// diagnostics) and the server's memory after them; the same for a server that does no work
// (bench/null-server.mjs), the peer of the first two. Prints JSON.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const options = JSON.parse(process.argv[2]);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** A minimal LSP client: requests, notifications, and answers null to the server's own requests. */
function connect(server = options.server) {
  const child = spawn(process.execPath, [...options.flags, server, '--stdio'], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  let buffer = Buffer.alloc(0);
  const waiting = new Map();
  const listeners = new Set();
  let id = 0;
  const send = (msg) => {
    const body = JSON.stringify(msg);
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const head = buffer.indexOf('\r\n\r\n');
      if (head < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())[1]);
      if (buffer.length < head + 4 + length) return;
      const msg = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString());
      buffer = buffer.subarray(head + 4 + length);
      if (msg.method === undefined && waiting.has(msg.id)) {
        waiting.get(msg.id)(msg.result);
        waiting.delete(msg.id);
      } else if (msg.method) {
        if (msg.id !== undefined) send({ jsonrpc: '2.0', id: msg.id, result: null });
        for (const listener of [...listeners]) listener(msg);
      }
    }
  });
  return {
    child,
    request: (method, params) =>
      new Promise((resolve) => {
        const n = ++id;
        waiting.set(n, resolve);
        send({ jsonrpc: '2.0', id: n, method, params });
      }),
    notify: (method, params) => send({ jsonrpc: '2.0', method, params }),
    next: (pred) =>
      new Promise((resolve) => {
        const listener = (m) => {
          if (!pred(m)) return;
          listeners.delete(listener);
          resolve(m);
        };
        listeners.add(listener);
      }),
    close: () => child.kill(),
  };
}

const results = {};

// server start to the first diagnostics on the seed article (push diagnostics)
const seed = readFileSync(options.seed, 'utf8');
async function firstDiagnostics(serverPath) {
  const t = performance.now();
  const server = connect(serverPath);
  await server.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  server.notify('initialized', {});
  const published = server.next((m) => m.method === 'textDocument/publishDiagnostics');
  server.notify('textDocument/didOpen', {
    textDocument: { uri: 'file:///seed.md', languageId: 'markdown', version: 1, text: seed },
  });
  await published;
  const ms = performance.now() - t;
  server.close();
  return ms;
}
// factlint and the server doing nothing in turn, so that both see the machine as it is then
const starts = [];
for (let i = 0; i < options.runs; i++)
  starts.push([await firstDiagnostics(options.server), await firstDiagnostics(options.nullServer)]);
results.firstDiagnosticsMs = median(starts.map(([a]) => a));
results.nullServerFirstDiagnosticsMs = median(starts.map(([, b]) => b));
results.firstDiagnosticsRatio = median(starts.map(([a, b]) => a / b));

// one character typed at a time into a 100 KB draft, each answered by pull diagnostics: bursts of
// ten keystrokes at ten places spread through the draft, so that the figure is the draft's and not
// one paragraph's; the first edits warm the server up and are not counted
async function keystrokes(serverPath, draft) {
  const server = connect(serverPath);
  await server.request('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { diagnostic: {} } },
  });
  server.notify('initialized', {});
  let text = readFileSync(draft, 'utf8');
  const uri = 'file:///keystroke.md';
  server.notify('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text },
  });
  await server.request('textDocument/diagnostic', { textDocument: { uri } });
  const WARM_UP = 10;
  const latencies = [];
  for (let v = 2; v < 2 + WARM_UP + options.keystrokes; v++) {
    // burst b types at b tenths of the way in (wrapping), one character after another
    const burst = Math.floor((v - 2) / 10);
    const at = Math.floor((text.length * ((burst % 10) + 0.5)) / 10) + ((v - 2) % 10);
    const line = text.slice(0, at).split('\n').length - 1;
    const character = at - text.lastIndexOf('\n', at - 1) - 1;
    const t = performance.now();
    server.notify('textDocument/didChange', {
      textDocument: { uri, version: v },
      contentChanges: [
        { range: { start: { line, character }, end: { line, character } }, text: 'x' },
      ],
    });
    await server.request('textDocument/diagnostic', { textDocument: { uri } });
    if (v >= 2 + WARM_UP) latencies.push(performance.now() - t);
    text = text.slice(0, at) + 'x' + text.slice(at);
  }
  const memoryMB =
    Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))[1]) /
    1024;
  server.close();
  return {
    medianMs: median(latencies),
    p95Ms: percentile(latencies, 0.95),
    edits: latencies.length,
    serverMemoryMB: memoryMB,
  };
}
results.keystroke = {};
for (const [name, draft] of Object.entries(options.drafts))
  results.keystroke[name] = await keystrokes(options.server, draft);
results.nullServerMemoryMB = (
  await keystrokes(options.nullServer, Object.values(options.drafts)[0])
).serverMemoryMB;

process.stdout.write(JSON.stringify(results));
