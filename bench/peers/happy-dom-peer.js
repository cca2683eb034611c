'use strict';
// happy-dom's figure for the page round trip of our PageRoundTrip benchmark: a new page at
// https://app.example/ with one cross-origin iframe https://widget.example/, one message there
// and back, then teardown. Both pages are served from the strings below through happy-dom's
// fetch interceptor. Measured warm: many pages after a warm-up, in this process. Prints one
// JSON object on stdout. Run by bench/run with happy-dom installed in bench/peers/node_modules.
const { median } = require('./stats.js');
const { Browser, Response } = require('happy-dom');

const TOP_URL = 'https://app.example/';
const WIDGET_URL = 'https://widget.example/';

// The same pages as PageBenchmarks.cs.
const TOP_HTML = `<!doctype html><html><body>
<iframe src="${WIDGET_URL}"></iframe>
<script>
  window.reply = null;
  window.addEventListener('message', (event) => { window.reply = event.data; });
  document.querySelector('iframe').addEventListener('load', (event) => {
    event.target.contentWindow.postMessage('ping', '${WIDGET_URL.slice(0, -1)}');
  });
</script>
</body></html>`;

const WIDGET_HTML = `<!doctype html><html><body>
<script>
  window.addEventListener('message', (event) => { event.source.postMessage(event.origin, event.origin); });
</script>
</body></html>`;

const pages = new Map([[TOP_URL, TOP_HTML], [WIDGET_URL, WIDGET_HTML]]);

const browser = new Browser({
  settings: {
    enableJavaScriptEvaluation: true,
    suppressInsecureJavaScriptEnvironmentWarning: true,
    enableIframePageLoading: true,
    navigation: { crossOriginPolicy: 'anyOrigin' },
    fetch: {
      interceptor: {
        beforeAsyncRequest: async ({ request, window }) => {
          const html = pages.get(request.url);
          if (html === undefined) return undefined;
          return new window.Response(html, { status: 200, headers: { 'Content-Type': 'text/html' } });
        },
      },
    },
  },
});

function now() { return Number(process.hrtime.bigint()) / 1e6; } // ms

// One page: open, load the top page and its iframe, wait for the reply, close.
async function roundTrip() {
  const page = browser.newPage();
  await page.goto(TOP_URL);
  await page.waitUntilComplete();
  let reply = page.mainFrame.window.reply;
  // The reply may need a few more turns of the loop after the iframe's load.
  for (let spins = 0; reply !== 'https://app.example' && spins < 1000; spins++) {
    await new Promise((resolve) => setImmediate(resolve));
    await page.waitUntilComplete();
    reply = page.mainFrame.window.reply;
  }
  await page.close();
  if (reply !== 'https://app.example') {
    throw new Error(`The reply did not arrive: got ${JSON.stringify(reply)}`);
  }
}

(async () => {
  for (let i = 0; i < 20; i++) await roundTrip();
  const rounds = 5;
  const minMs = 3000;
  const perRoundTrip = [];
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const start = now();
    let elapsed = 0;
    do { await roundTrip(); n++; elapsed = now() - start; } while (elapsed < minMs / rounds);
    perRoundTrip.push(elapsed / n);
  }
  await browser.close();
  console.log(JSON.stringify({ happy_dom: require('happy-dom/package.json').version, page_round_trip_ms: median(perRoundTrip) }));
})().catch((error) => { console.error(error && error.stack || String(error)); process.exit(1); });
