// "Expand all / Collapse all" on category pages: opens or closes every answer at once.
document$.subscribe(() => {
  for (const button of document.querySelectorAll("[data-answers]")) {
    button.addEventListener("click", () => {
      const open = button.dataset.answers === "open"
      for (const answer of document.querySelectorAll("details.answer")) answer.open = open
    })
  }
})
