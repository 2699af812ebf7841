// profilelint team report: filters by severity and rule. Without JavaScript the filter form
// stays hidden and every finding is shown.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) {
    return;
  }
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card"));
  var status = document.getElementById("filter-status");

  function apply() {
    var severities = {};
    form.querySelectorAll("input[name=severity]").forEach(function (box) {
      severities[box.value] = box.checked;
    });
    var rule = form.elements.rule.value;
    var onlyMatching = form.elements.matching.checked;
    var shown = 0;
    findings.forEach(function (item) {
      var visible =
        severities[item.dataset.severity] === true && (rule === "" || item.dataset.code === rule);
      item.hidden = !visible;
      if (visible) {
        shown += 1;
      }
    });
    var people = 0;
    cards.forEach(function (card) {
      var total = card.querySelectorAll(".finding").length;
      var visible = card.querySelectorAll(".finding:not([hidden])").length;
      var note = card.querySelector(".filtered-note");
      if (note) {
        note.hidden = !(total > 0 && visible === 0);
      }
      card.hidden = onlyMatching && visible === 0;
      if (!card.hidden) {
        people += 1;
      }
    });
    status.textContent =
      "Showing " + shown + " of " + findings.length + " findings for " + people + " of " +
      cards.length + " people";
  }

  form.addEventListener("change", apply);
  form.addEventListener("reset", function () {
    window.setTimeout(apply, 0);
  });
  form.hidden = false;
  apply();
})();
