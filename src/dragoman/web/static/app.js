// dragoman: small behaviours for the read-only ledger pages (no inline scripts: CSP).
"use strict";

// Article page: mark the evidence of the item named in the address (#deal-12) as current.
function markCurrentEvidence() {
  const body = document.getElementById("article-body");
  if (!body) return;
  const wanted = decodeURIComponent(window.location.hash.slice(1));
  for (const el of body.querySelectorAll("mark.current")) el.classList.remove("current");
  for (const el of document.querySelectorAll(".extracted li.current")) el.classList.remove("current");
  if (!/^(deal|pledge|quote|event)-\d+$/.test(wanted)) return;
  const marks = body.querySelectorAll("mark[data-items]");
  let first = null;
  for (const el of marks) {
    if (el.dataset.items.split(" ").includes(wanted)) {
      el.classList.add("current");
      if (!first) first = el;
    }
  }
  const entry = document.querySelector('.extracted li[data-anchor="' + wanted + '"]');
  if (entry) entry.classList.add("current");
  if (first) first.scrollIntoView({ block: "center" });
}

// Filter forms: leave empty fields out of the address so links stay short and readable.
function dropEmptyFields(event) {
  for (const field of event.target.querySelectorAll("input, select")) {
    if (field.name && field.value === "" && field.type !== "checkbox") field.disabled = true;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  markCurrentEvidence();
  window.addEventListener("hashchange", markCurrentEvidence);
  for (const form of document.querySelectorAll("form.filters")) {
    form.addEventListener("submit", dropEmptyFields);
  }
});
