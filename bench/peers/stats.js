'use strict';
// The statistic every peer reports, the one our BenchmarkDotNet runs report: the median of the
// measured rounds (after warm-up rounds), so that both sides of a ratio are measured alike.

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

module.exports = { median };
