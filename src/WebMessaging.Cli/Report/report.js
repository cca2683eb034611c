// Filters the events table by text and by type, and fades what the filter hides in the diagram.
(function () {
  "use strict";
  var filter = document.getElementById("filter");
  var toggles = Array.prototype.slice.call(document.querySelectorAll("input[data-type-toggle]"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("#events tbody tr"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("#diagram [data-seq]"));
  var shown = document.getElementById("shown");
  var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });

  function apply() {
    var query = filter.value.trim().toLowerCase();
    var types = {};
    toggles.forEach(function (toggle) { types[toggle.getAttribute("data-type-toggle")] = toggle.checked; });
    var visible = {};
    var count = 0;
    rows.forEach(function (row, i) {
      var show = types[row.getAttribute("data-type")] === true && (query === "" || texts[i].indexOf(query) >= 0);
      row.hidden = !show;
      if (show) {
        visible[row.getAttribute("data-seq")] = true;
        count++;
      }
    });
    shown.textContent = String(count);
    var everything = count === rows.length;
    marks.forEach(function (mark) {
      mark.classList.toggle("faded", !everything && visible[mark.getAttribute("data-seq")] !== true);
    });
  }

  filter.addEventListener("input", apply);
  toggles.forEach(function (toggle) { toggle.addEventListener("change", apply); });
  apply();
})();
