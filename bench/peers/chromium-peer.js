'use strict';
// Headless Chromium's figure for our PageChannelMessages benchmark: the top page
// https://app.example/ makes a MessageChannel, hands port2 to its cross-origin iframe
// https://widget.example/, then posts 100,000 {i, s: 'hello'} on port1; the iframe counts them
// and replies 'done' on the port after the last. Timed inside the page with performance.now()
// from the first post to the 'done'. Both pages are served from the strings below with
// page.route. Prints one JSON object on stdout. Run by bench/run with playwright-core
// installed in bench/peers/node_modules and the machine's chromium.
const { median } = require('./stats.js');
const fs = require('fs');
const { chromium } = require('playwright-core');

const EXECUTABLE = process.env.CHROMIUM || '/usr/bin/chromium';
const TOP_URL = 'https://app.example/';
const WIDGET_URL = 'https://widget.example/';
const COUNT = 100000;

// The same pages as PageBenchmarks.cs; the top page runs one batch each time run(count) is called.
const TOP_HTML = `<!doctype html><html><body>
<iframe src="${WIDGET_URL}"></iframe>
<script>
  const frame = document.querySelector('iframe');
  window.frameLoaded = new Promise((resolve) => frame.addEventListener('load', resolve));
  window.run = (count) => new Promise((resolve) => {
    const channel = new MessageChannel();
    let start = 0;
    channel.port1.onmessage = (event) => {
      const ms = performance.now() - start;
      channel.port1.close();
      resolve({ reply: event.data, ms });
    };
    frame.contentWindow.postMessage({ count }, 'https://widget.example', [channel.port2]);
    start = performance.now();
    for (let i = 0; i < count; i++) channel.port1.postMessage({ i, s: 'hello' });
  });
</script>
</body></html>`;

const WIDGET_HTML = `<!doctype html><html><body>
<script>
  window.addEventListener('message', (event) => {
    const port = event.ports[0];
    const count = event.data.count;
    let received = 0;
    port.onmessage = () => {
      if (++received === count) {
        port.postMessage('done');
        port.close();
      }
    };
  });
</script>
</body></html>`;

(async () => {
  if (!fs.existsSync(EXECUTABLE)) {
    console.error(`chromium is not installed at ${EXECUTABLE} (set CHROMIUM to its path): no Chromium figures.`);
    process.exit(1);
  }
  const browser = await chromium.launch({
    executablePath: EXECUTABLE,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const serve = (html) => (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html });
    await page.route(TOP_URL, serve(TOP_HTML));
    await page.route(WIDGET_URL, serve(WIDGET_HTML));
    await page.goto(TOP_URL);
    await page.evaluate(() => window.frameLoaded);

    await page.evaluate((count) => window.run(count), 10000);
    const roundMs = [];
    for (let r = 0; r < 3; r++) {
      const { reply, ms } = await page.evaluate((count) => window.run(count), COUNT);
      if (reply !== 'done') throw new Error(`The iframe answered ${JSON.stringify(reply)} instead of 'done'`);
      roundMs.push(ms);
    }

    console.log(JSON.stringify({ chromium: browser.version(), page_channel_messages_per_s: COUNT / (median(roundMs) / 1000) }));
  } finally {
    await browser.close();
  }
})().catch((error) => { console.error(error && error.stack || String(error)); process.exit(1); });
