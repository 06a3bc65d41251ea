// Page controls: "Expand all / Collapse all" answers on category pages, "Print" on the Top 50.
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
})
