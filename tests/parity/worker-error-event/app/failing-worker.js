self.onmessage = (e) => self.postMessage('worker still answers: ' + e.data);
throw new Error('boom');
