'use strict';
// The benchmark graph, built the same way as bench/WebMessaging.Benchmarks/BenchGraph.cs:
// 10,000 items, each an object with a tags array and a nested object: 30,000 objects,
// about 1.18 MB as JSON.
function buildGraph() {
  const items = [];
  for (let i = 0; i < 10000; i++) {
    items.push({
      id: i,
      name: 'item-' + i,
      tags: ['alpha', 'beta', 'tag-' + (i % 100)],
      nested: { x: i * 0.5, label: 'value-' + i, flag: i % 2 === 0 },
    });
  }
  return items;
}
module.exports = { buildGraph };
