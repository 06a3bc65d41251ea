// Page controls: "Expand all / Collapse all" answers on category pages, "Print" on the Top 50;
// links to other sites are marked so that print shows their address (internal ones would
// print an address that means nothing on paper); and the theme's search dialog gets the
// accessible name it lacks.
document.querySelector(".md-search")?.setAttribute("aria-label", "Search")

document$.subscribe(() => {
  for (const button of document.querySelectorAll("[data-answers]")) {
    button.addEventListener("click", () => {
      const open = button.dataset.answers === "open"
      for (const answer of document.querySelectorAll("details.answer")) answer.open = open
    })
  }
  for (const button of document.querySelectorAll("[data-print]")) {
    button.addEventListener("click", () => window.print())
  }
  for (const link of document.querySelectorAll(".md-content a[href]")) {
    if (link.hostname && link.hostname !== location.hostname) link.classList.add("q-external")
  }
})
