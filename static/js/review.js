// The review queue's "select all": ticks every suggestion shown for the bulk form.
function revealSelectAll() {
  document.querySelectorAll("[data-select-all-label]").forEach((label) => {
    label.hidden = false;
  });
}

document.addEventListener("change", (event) => {
  const all = document.querySelector("[data-select-all]");
  if (!all) return;
  const boxes = [...document.querySelectorAll('input[name="ids"][form="bulk"]')];
  if (event.target === all) {
    boxes.forEach((box) => {
      box.checked = all.checked;
    });
  } else if (boxes.includes(event.target)) {
    all.checked = boxes.every((box) => box.checked);
  }
});
document.addEventListener("DOMContentLoaded", revealSelectAll);
document.addEventListener("htmx:afterSwap", revealSelectAll);
