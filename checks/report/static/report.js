(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  // Jump to claims: scroll the first into view, outline all, focus the first so its reading shows.
  var marked = [];
  function jump(ids) {
    var found = ids.map(function (id) { return document.getElementById("claim-" + id); })
      .filter(function (el) { return el !== null; });
    if (!found.length) { return false; }
    marked.forEach(function (el) { el.classList.remove("flagged"); });
    marked = found;
    found.forEach(function (el) { el.classList.add("flagged"); });
    found[0].scrollIntoView({block: "center", inline: "nearest"});
    if (found[0].tabIndex >= 0) { found[0].focus({preventScroll: true}); }
    try { history.replaceState(null, "", "#" + found[0].id); } catch (e) { /* file: URLs may refuse */ }
    return true;
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-claims]") : null;
    if (!link) { return; }
    var ids = (link.getAttribute("data-claims") || "").split(" ").filter(Boolean);
    if (jump(ids)) { event.preventDefault(); }
  });
  if (location.hash.indexOf("#claim-") === 0) {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) { target.classList.add("flagged"); marked = [target]; }
  }

  // Keep a reading inside the viewport: shift it left at the right edge, flip it above near the bottom.
  function place(wrap) {
    var tip = wrap.querySelector(".tip");
    if (!tip) { return; }
    tip.style.left = "";
    wrap.classList.remove("tip-above");
    var box = tip.getBoundingClientRect();
    if (!box.width) { return; }
    var width = document.documentElement.clientWidth;
    if (box.right > width - 12) {
      tip.style.left = (parseFloat(getComputedStyle(tip).left) - (box.right - width + 12)) + "px";
    }
    if (box.bottom > window.innerHeight - 8 && box.height + 80 < wrap.getBoundingClientRect().top) {
      wrap.classList.add("tip-above");
    }
  }
  document.addEventListener("mouseover", function (event) {
    var wrap = event.target.closest ? event.target.closest(".claim-wrap") : null;
    if (wrap && !wrap.contains(event.relatedTarget)) { place(wrap); }
  });
  document.addEventListener("focusin", function (event) {
    var wrap = event.target.closest ? event.target.closest(".claim-wrap") : null;
    if (wrap) { place(wrap); }
  });
  document.addEventListener("keydown", function (event) {
    var active = document.activeElement;
    if (event.key === "Escape" && active && active.classList.contains("claim")) { active.blur(); }
  });

  // The claims table: sort by a column, filter by text and by status.
  var table = document.getElementById("claims-table");
  if (!table) { return; }
  var body = table.tBodies[0];
  var headers = table.tHead.rows[0].cells;
  function key(cell, numeric) {
    var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
    if (raw === "—") { raw = ""; }
    if (!numeric) { return raw; }
    var number = parseFloat(raw);
    return isNaN(number) ? null : number;
  }
  each(headers, function (th, index) {
    var button = th.querySelector("button");
    if (!button) { return; }
    button.addEventListener("click", function () {
      var numeric = th.getAttribute("data-type") === "num";
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      each(headers, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(body.rows);
      var keyed = rows.map(function (row, i) { return {row: row, key: key(row.cells[index], numeric), i: i}; });
      keyed.sort(function (a, b) {
        var x = a.key, y = b.key;
        var emptyX = x === null || x === "", emptyY = y === null || y === "";
        if (emptyX || emptyY) { return emptyX === emptyY ? a.i - b.i : (emptyX ? 1 : -1); }  // blanks last
        var order = numeric ? x - y : String(x).localeCompare(String(y), "zh-Hans-CN", {numeric: true});
        return (ascending ? order : -order) || a.i - b.i;
      });
      keyed.forEach(function (item) { body.appendChild(item.row); });
    });
  });
  var filter = document.getElementById("claims-filter");
  var status = document.getElementById("claims-severity");
  var shown = document.getElementById("claims-shown");
  var empty = document.getElementById("claims-empty");
  function apply() {
    var query = filter.value.trim().toLowerCase(), wanted = status.value, count = 0;
    each(body.rows, function (row) {
      var match = (!wanted || row.getAttribute("data-severity") === wanted) && (!query ||
        Array.prototype.some.call(row.cells, function (cell) {
          return cell.textContent.toLowerCase().indexOf(query) !== -1;
        }));
      row.hidden = !match;
      if (match) { count += 1; }
    });
    shown.textContent = count + " of " + body.rows.length + " claims";
    empty.hidden = count !== 0;
  }
  filter.addEventListener("input", apply);
  status.addEventListener("change", apply);
})();
