(function () {
  "use strict";
  // Filters the evidence table by comparing strings only: it never parses, inserts or evaluates text.
  var table = document.getElementById("evidence");
  if (!table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var query = document.getElementById("ev-query");
  var category = document.getElementById("ev-category");
  var rule = document.getElementById("ev-rule");
  var count = document.getElementById("ev-count");
  function apply() {
    var q = query.value.toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var ok = (!category.value || row.getAttribute("data-category") === category.value) &&
        (!rule.value || (" " + row.getAttribute("data-rules") + " ").indexOf(" " + rule.value + " ") >= 0) &&
        (!q || row.textContent.toLowerCase().indexOf(q) >= 0);
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " shown";
  }
  query.addEventListener("input", apply);
  category.addEventListener("change", apply);
  rule.addEventListener("change", apply);
  apply();
}());
