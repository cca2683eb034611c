console.log('RESULT from worker'); console.log('DONE'); postMessage('x');
