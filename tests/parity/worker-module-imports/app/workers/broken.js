import './missing.js'; postMessage('ran');
