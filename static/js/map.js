// The map's tooltip: the country under the pointer or keyboard focus, named with its status
// and outlined above its neighbours (a <title> alone shows late and not on focus). When a
// country's panel loads, focus moves to its heading, as a page load would.
(function () {
  function update(event, show) {
    const link = event.target instanceof Element && event.target.closest(".map a[data-name]");
    if (!link) return;
    const frame = link.closest(".map-frame");
    const tip = frame.querySelector(".map-tip");
    frame.querySelector(".map-outline").setAttribute("d", show ? link.querySelector("path").getAttribute("d") : "");
    tip.hidden = !show;
    if (!show) return;
    const box = frame.getBoundingClientRect();
    const at = event.type === "focusin" ? link.getBoundingClientRect() : null;
    tip.textContent = link.dataset.name + ": " + link.dataset.status;
    tip.style.left = (at ? at.left + at.width / 2 : event.clientX) - box.left + "px";
    tip.style.top = (at ? at.top : event.clientY) - box.top + "px";
  }
  document.addEventListener("pointermove", (event) => update(event, true));
  document.addEventListener("focusin", (event) => update(event, true));
  document.addEventListener("pointerout", (event) => update(event, false));
  document.addEventListener("focusout", (event) => update(event, false));
  document.addEventListener("htmx:afterSwap", (event) => {
    const beside = window.matchMedia("(min-width: 60rem)").matches; // else the panel is below: scroll to it
    if (event.detail.target.id === "panel") event.detail.target.querySelector("h2")?.focus({ preventScroll: beside });
  });
  document.addEventListener("htmx:beforeHistorySave", () => {
    document.querySelectorAll(".map-tip").forEach((tip) => (tip.hidden = true));
    document.querySelectorAll(".map-outline").forEach((outline) => outline.setAttribute("d", ""));
  });
})();
