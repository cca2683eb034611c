import './does-not-exist.js';
result('not reached either');
