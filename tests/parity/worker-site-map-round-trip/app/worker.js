self.onmessage = (e) => {
  const bytes = new Uint8Array(e.data.buffer);
  const back = bytes.map((b) => b * 10).buffer;
  self.postMessage({ summary: { got: e.data.hello, length: bytes.length, origin: e.origin, sourceIsNull: e.source === null, selfOrigin: self.origin, isWorkerScope: typeof importScripts } });
  self.postMessage({ back }, [back]);
  self.postMessage({ summary: { workerSideDetached: back.byteLength } });
};
