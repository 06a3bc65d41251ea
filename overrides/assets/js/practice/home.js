// The home page's widgets: cards due today, the question of the day, a random question and
// progress by category. They read the compact index, never the full bank.
import { loadIndex } from "./bank.js"
import { endOfDay, hash, isoDay } from "./days.js"
import { bankError, h, questionText, siteUrl } from "./dom.js"
import { asideNotice } from "./notice.js"
import { markOf, siteProgress } from "./store.js"

async function mountHome(content) {
  const slots = Object.fromEntries(["due", "qotd", "random", "progress"].map(n => [n, content.querySelector(`[data-pq-${n}]`)]))
  let bank
  try { bank = await loadIndex() } catch (error) {
    for (const slot of Object.values(slots)) if (slot) bankError(slot, error)
    return
  }
  const store = siteProgress().load()
  const now = Date.now()
  const day = isoDay(now)

  const summary = question => h("div", { class: "pq-teaser", "data-question": question.id },
    h("p", { class: "pq-teaser-q" }, h("a", { href: siteUrl(question.url) }, questionText(question))),
    h("p", { class: "pq-card-meta" }, bank.categoryById.get(question.category).title))

  if (slots.due) {
    const tomorrow = endOfDay(now)
    const due = bank.questions.filter(q => store.cards[q.id]?.due < tomorrow).length
    const fresh = bank.questions.filter(q => !store.cards[q.id]).length
    slots.due.replaceChildren(h("p", { class: "pq-due" },
      h("strong", { "data-stat": "due" }, String(due)), ` ${due === 1 ? "card is" : "cards are"} due today and `,
      h("strong", { "data-stat": "new" }, String(fresh)), ` ${fresh === 1 ? "question is" : "questions are"} new.`))
    const notice = asideNotice()
    if (notice) slots.due.append(notice)
  }
  // The same question for everyone on a given day.
  if (slots.qotd) slots.qotd.replaceChildren(summary(bank.questions[hash(day) % bank.questions.length]))
  if (slots.random) {
    const shown = h("div", { class: "pq-random-shown", "aria-live": "polite" })
    const button = h("button", { type: "button", class: "pq-btn", onclick: () => {
      shown.replaceChildren(summary(bank.questions[Math.floor(Math.random() * bank.questions.length)]))
    } }, "Show a random question")
    slots.random.replaceChildren(button, shown)
  }
  if (slots.progress) {
    // Studied: reviewed at least once or marked "known".
    const rows = bank.categories.map(category => {
      const questions = bank.questions.filter(q => q.category === category.id)
      const studied = questions.filter(q => store.cards[q.id] || markOf(store, q.id) === "known").length
      return h("li", { class: "pq-progress-row", "data-category": category.id },
        h("a", { href: siteUrl(category.url) }, category.title),
        h("progress", { max: String(questions.length || 1), value: String(studied), "aria-label": `${category.title}: ${studied} of ${questions.length} studied` }),
        h("span", { class: "pq-progress-count" }, `${studied} of ${questions.length}`))
    })
    slots.progress.replaceChildren(h("ul", { class: "pq-progress" }, rows))
  }
}

const content = document.querySelector(".md-content__inner")
if (content?.querySelector("[data-pq-due], [data-pq-qotd], [data-pq-random], [data-pq-progress]")) mountHome(content)
