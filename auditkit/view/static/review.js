// Keyboard shortcuts of the Review page: a agree, 1-9 choose a label and save, n note, s skip.
// Shipped with auditkit and served by the app itself; the page's CSP lets no other script run.
(function () {
  "use strict";
  var form = document.getElementById("review-form");
  if (!form) { return; }
  var note = document.getElementById("note");
  var sent = false;
  function press(id) {
    var button = document.getElementById(id);
    if (button && !sent) { form.requestSubmit(button); }
  }
  form.addEventListener("submit", function (event) {
    // One judgement per page: a held or repeated key must not send it twice.
    if (sent) { event.preventDefault(); }
    sent = true;
  });
  document.addEventListener("keydown", function (event) {
    if (event.target === note) {
      if (event.key === "Escape") { note.blur(); }
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); press("save"); }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) { return; }
    var tag = event.target.tagName;
    if (tag === "TEXTAREA" || (tag === "INPUT" && event.target.type !== "radio")) { return; }
    if (event.key === "a") { event.preventDefault(); press("agree"); }
    else if (event.key === "s") { event.preventDefault(); press("skip"); }
    else if (event.key === "n") { event.preventDefault(); note.focus(); }
    else if (/^[1-9]$/.test(event.key)) {
      var radio = form.querySelector('input[data-key="' + event.key + '"]');
      if (radio) { event.preventDefault(); radio.checked = true; press("save"); }
    }
  });
}());
