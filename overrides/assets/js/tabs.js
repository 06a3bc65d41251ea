// One choice of tab for every answer on every page, closed answers included, remembered in
// this browser. Material's own linking (content.tabs.link) matches labels by their rendered
// text, which is empty inside a closed <details>, so it cannot reach closed answers; this
// module matches by textContent instead. Tabs stay Material's radio inputs: keyboard and
// screen-reader behaviour are the theme's.
import { siteKey } from "./lib/site-key.js"
import { parseChoice, pick, remember } from "./lib/tab-choice.js"

const KEY = siteKey("tabs")
const sets = () => document.querySelectorAll(".tabbed-set")
const inputs = set => [...set.querySelectorAll(":scope > input")]
const labelOf = input => document.querySelector(`label[for="${CSS.escape(input.id)}"]`)
const text = input => labelOf(input)?.textContent.trim() ?? ""

function load() {
  try { return parseChoice(localStorage.getItem(KEY)) } catch { return [] }
}

function save(remembered) {
  try { localStorage.setItem(KEY, JSON.stringify(remembered)) } catch { /* private mode: this page only */ }
}

let applying = false

/** Shows in every tab set the tab `remembered` picks. A click, so the theme updates its
    tab indicator as it does when the reader clicks. */
function apply(remembered) {
  applying = true
  try {
    for (const set of sets()) {
      const choices = inputs(set)
      const input = choices[pick(choices.map(text), remembered)]
      if (input && !input.checked) input.click()
    }
  } finally {
    applying = false
  }
}

document.addEventListener("change", event => {
  const input = event.target
  if (applying || !(input instanceof HTMLInputElement) || !input.parentElement?.matches(".tabbed-set")) return
  const remembered = remember(load(), text(input))
  save(remembered)
  // Answers above change height; keep the tab the reader chose where it was on screen.
  const label = labelOf(input)
  const before = label?.getBoundingClientRect().top
  apply(remembered)
  if (label && before !== undefined) window.scrollBy(0, label.getBoundingClientRect().top - before)
})

apply(load())
