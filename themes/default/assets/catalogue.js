// Filters the project catalogue. Without JavaScript the whole list shows.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) return;
  var status = document.getElementById("filter-status");
  var rows = document.querySelectorAll("tr.project");
  function has(list, word) { return (" " + list + " ").indexOf(" " + word + " ") >= 0; }
  function apply() {
    var dim = form.dimension.value, year = form.year.value, unit = form.unit.value, budget = form.budget.value;
    var shown = 0;
    rows.forEach(function (row) {
      var section = row.closest("section.dimension");
      var ok = (!dim || section.getAttribute("data-dimension") === dim) &&
        (!year || has(row.getAttribute("data-years"), year)) &&
        (!unit || row.getAttribute("data-unit") === unit);
      if (ok && budget) {
        var funded = row.getAttribute("data-funded");
        var withBudget = year ? has(funded, year) : funded.length > 0;
        ok = budget === "with" ? withBudget : !withBudget;
      }
      // A status is recorded per fiscal year: "2566:done 2567:in-progress".
      var state = form.status ? form.status.value : "";
      if (ok && state) {
        var recorded = row.getAttribute("data-status") || "";
        if (state === "none")
          ok = year ? !has(recorded.replace(/:\S+/g, ""), year) : recorded === "";
        else
          ok = year ? has(recorded, year + ":" + state)
                    : (" " + recorded + " ").indexOf(":" + state + " ") >= 0;
      }
      row.hidden = !ok;
      if (ok) shown++;
    });
    document.querySelectorAll("section.mission").forEach(function (m) {
      m.hidden = m.querySelectorAll("tr.project:not([hidden])").length === 0;
    });
    document.querySelectorAll("section.dimension").forEach(function (d) {
      d.hidden = d.querySelectorAll("tr.project:not([hidden])").length === 0;
    });
    status.textContent = "แสดง " + shown + " จาก " + rows.length + " รายการ";
  }
  form.addEventListener("change", apply);
  form.hidden = false;
  apply();
})();
