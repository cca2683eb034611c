// The worker's global is self (a DedicatedWorkerGlobalScope); messages arrive as events on it.
self.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'echo') {
    self.postMessage({ kind: 'echo', text: message.text + ' (from ' + self.name + ')' });
  } else if (message.kind === 'port') {
    const port = event.ports[0];
    port.onmessage = (reply) => port.postMessage(reply.data === 'ping' ? 'pong from the worker' : 'what?');
  } else if (message.kind === 'bytes') {
    const doubled = new Uint8Array(message.buffer).map((b) => b * 2).buffer;
    self.postMessage({ kind: 'bytes', buffer: doubled }, [doubled]);
  }
};
