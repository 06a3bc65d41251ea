// The home page's widgets: cards due today, the question of the day, a random question and
// progress by category. The page carries the counts inline; a reader with progress also
// fetches each category's ids, and each shown question comes from one small index file, so
// the page weighs the same whatever the size of the bank.
import { categoryIds, nthQuestion } from "./bank.js"
import { hash, isoDay } from "./days.js"
import { bankError, h, questionText, siteUrl } from "./dom.js"
import { hasProgress, homeCounts } from "./home-stats.js"
import { asideNotice } from "./notice.js"
import { siteProgress } from "./store.js"

async function mountHome(content, summary) {
  const slots = Object.fromEntries(["due", "qotd", "random", "progress"].map(n => [n, content.querySelector(`[data-pq-${n}]`)]))
  const categoryById = new Map(summary.categories.map(c => [c.id, c]))
  const teaser = question => h("div", { class: "pq-teaser", "data-question": question.id },
    h("p", { class: "pq-teaser-q" }, h("a", { href: siteUrl(question.url) }, questionText(question))),
    h("p", { class: "pq-card-meta" }, categoryById.get(question.category).title))
  const show = (slot, n) => nthQuestion(summary, n).then(
    question => slot.replaceChildren(teaser(question)), error => bankError(slot, error))

  // The same question for everyone on a given day.
  if (slots.qotd) show(slots.qotd, hash(isoDay(Date.now())) % summary.questions)
  if (slots.random) {
    const shown = h("div", { class: "pq-random-shown", "aria-live": "polite" })
    const button = h("button", { type: "button", class: "pq-btn", onclick: () => show(shown, Math.floor(Math.random() * summary.questions)) },
      "Show a random question")
    slots.random.replaceChildren(button, shown)
  }

  const store = siteProgress().load()
  let ids = null
  if (hasProgress(store)) {
    try { ids = await categoryIds() } catch (error) {
      for (const slot of [slots.due, slots.progress]) if (slot) bankError(slot, error)
      return
    }
  }
  const counts = homeCounts(summary, ids, store, Date.now())
  if (slots.due) {
    slots.due.replaceChildren(h("p", { class: "pq-due" },
      h("strong", { "data-stat": "due" }, String(counts.due)), ` ${counts.due === 1 ? "card is" : "cards are"} due today and `,
      h("strong", { "data-stat": "new" }, String(counts.fresh)), ` ${counts.fresh === 1 ? "question is" : "questions are"} new.`))
    const notice = asideNotice()
    if (notice) slots.due.append(notice)
  }
  if (slots.progress) {
    const rows = summary.categories.map(category => {
      const studied = counts.studied[category.id]
      return h("li", { class: "pq-progress-row", "data-category": category.id },
        h("a", { href: siteUrl(category.url) }, category.title),
        h("progress", { max: String(category.count || 1), value: String(studied), "aria-label": `${category.title}: ${studied} of ${category.count} studied` }),
        h("span", { class: "pq-progress-count" }, `${studied} of ${category.count}`))
    })
    slots.progress.replaceChildren(h("ul", { class: "pq-progress" }, rows))
  }
}

const content = document.querySelector(".md-content__inner")
const summary = content?.querySelector("script[data-pq-summary]")
if (summary) mountHome(content, JSON.parse(summary.textContent))
