'use strict';
// Node's figures for the same work as our benchmarks, measured in this process, printed as
// one JSON object on stdout. Run by bench/run with the machine's node.
const v8 = require('v8');
const { buildGraph } = require('./graph.js');
const { median } = require('./stats.js');

function now() { return Number(process.hrtime.bigint()) / 1e6; } // ms

// Runs fn repeatedly for at least minMs (after a warm-up) in rounds, and returns ms per call
// (the median of the rounds, as our benchmarks report the median of their iterations).
function measure(fn, minMs = 1500, rounds = 15) {
  for (let i = 0; i < 3; i++) fn();
  const perCall = [];
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const start = now();
    let elapsed = 0;
    do { fn(); n++; elapsed = now() - start; } while (elapsed < minMs / rounds);
    perCall.push(elapsed / n);
  }
  return median(perCall);
}

const graph = buildGraph();
const graphBytes = JSON.stringify(graph).length;
const cloneMs = measure(() => structuredClone(graph));

const big = new ArrayBuffer(16 * 1024 * 1024);
new Uint8Array(big).fill(7);
const copyMs = measure(() => structuredClone(big));

function transferMs(size) {
  return measure(() => {
    const b = new ArrayBuffer(size);
    structuredClone(b, { transfer: [b] });
  }, 1000);
}
const small = transferMs(1024);
const large = transferMs(16 * 1024 * 1024);

const serialized = v8.serialize(graph);
const wireMs = measure(() => v8.deserialize(v8.serialize(graph)));

function channelRun(count) {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    let received = 0;
    const start = now();
    port2.onmessage = () => {
      if (++received === count) {
        const ms = now() - start;
        port1.close();
        port2.close();
        resolve(ms);
      }
    };
    for (let i = 0; i < count; i++) port1.postMessage({ i, s: 'hello' });
  });
}

(async () => {
  // As our channel benchmark: 5 warm-up rounds, then the median of 15 measured ones.
  for (let r = 0; r < 5; r++) await channelRun(100000);
  const channelMs = [];
  for (let r = 0; r < 15; r++) channelMs.push(await channelRun(100000));
  console.log(JSON.stringify({
    node: process.version,
    graph_bytes: graphBytes,
    clone_graph_mb_per_s: graphBytes / 1e6 / (cloneMs / 1000),
    arraybuffer_copy_16mb_gb_per_s: 16 * 1024 * 1024 / 1e9 / (copyMs / 1000),
    arraybuffer_transfer_1kb_us: small * 1000,
    arraybuffer_transfer_16mb_us: large * 1000,
    serialize_deserialize_graph_mb_per_s: graphBytes / 1e6 / (wireMs / 1000),
    serialized_graph_bytes: serialized.length,
    channel_messages_per_s: 100000 / (median(channelMs) / 1000),
  }));
})();
