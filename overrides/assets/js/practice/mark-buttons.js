// "Known" and "Review later": two toggles per question; pressing one releases the other.
// `group` is the buttons' container when the page already has it (category pages draw it at
// build, so that nothing moves when it comes to life); otherwise it is made here.
import { h } from "./dom.js"
import { markOf, siteProgress } from "./store.js"

export function markButtons(id, onChange, group = null) {
  const progress = siteProgress()
  group ??= h("div", { class: "pq-marks", role: "group", "aria-label": "Your marks for this question", "data-question": id },
    [["known", "Known"], ["later", "Review later"]].map(([mark, label]) =>
      h("button", { type: "button", class: "pq-mark", "data-mark": mark, "aria-pressed": "false" }, label)))
  const buttons = [...group.querySelectorAll("button[data-mark]")]
  const refresh = () => {
    const current = markOf(progress.load(), id)
    for (const button of buttons) button.setAttribute("aria-pressed", String(button.dataset.mark === current))
  }
  for (const button of buttons) {
    button.addEventListener("click", () => {
      const pressed = button.getAttribute("aria-pressed") === "true"
      progress.setMark(id, pressed ? null : button.dataset.mark)
      refresh()
      onChange?.()
    })
  }
  refresh()
  return group
}
