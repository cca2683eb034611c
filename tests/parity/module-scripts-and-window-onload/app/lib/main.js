import { greet } from './greet.js';
result('external module ' + greet('main') + ' ' + import.meta.url + ' ' + document.readyState);
import('./feature.js').then(function (feature) {
  late.dynamic = 'dynamic import ' + feature.value;
  window.dynamicImportDone();
});
