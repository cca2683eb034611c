import { twice } from './lib.js';
self.onmessage = function (e) {
  postMessage('twice ' + twice(e.data) + ' ' + import.meta.url + ' ' + String(this === undefined));
  try { importScripts('/workers/lib.js'); postMessage('importScripts no error'); } catch (err) { postMessage('importScripts ' + err.name); }
};
