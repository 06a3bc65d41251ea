// Page controls where the page has them (category pages, the Top 50): "Expand all answers" /
// "Collapse all" open or close every answer, and "Print" prints the page.
for (const button of document.querySelectorAll("[data-answers]")) {
  button.addEventListener("click", () => {
    const open = button.dataset.answers === "open"
    for (const answer of document.querySelectorAll("details.answer")) answer.open = open
  })
}
for (const button of document.querySelectorAll("[data-print]")) {
  button.addEventListener("click", () => window.print())
}
