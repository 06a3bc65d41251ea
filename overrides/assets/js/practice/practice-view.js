// The practice page: filters, one card at a time, FSRS grades, export and import.
import { loadBank } from "./bank.js"
import { daysBetween, isoDay, whenLabel } from "./days.js"
import { bankError, download, h, newId, plural, questionText, richHtml, siteSlug, siteUrl } from "./dom.js"
import { clearFilters, filterSelect, filtersFromUrl, matches, optionsFor, readFilters, replaceQuery } from "./filters.js"
import { markButtons } from "./mark-buttons.js"
import { asideNotice } from "./notice.js"
import { buildQueue, counts } from "./queue.js"
import { DEFAULT_RETENTION, GRADES, makeScheduler, RETENTIONS } from "./scheduler.js"
import { FORMAT, mergeStores, siteProgress, validStore, VERSION } from "./store.js"

const progress = siteProgress()
const scheduler = () => makeScheduler(progress.load().settings.retention ?? DEFAULT_RETENTION)

async function mountPractice(root) {
  const [filterBox, cardBox, dataBox] = ["filters", "card", "data"].map(n => root.querySelector(`[data-pq-${n}]`))
  cardBox.replaceChildren(h("p", { class: "pq-loading" }, "Loading the questions…"))
  let bank
  try { bank = await loadBank() } catch (error) { return bankError(cardBox, error) }

  const names = ["category", "difficulty", "role", "kind", "tag", "mark"]
  const filters = filtersFromUrl(names)
  const status = h("p", { class: "pq-status" })
  const announce = h("p", { class: "pq-announce", role: "status", "aria-live": "polite" })
  // On a phone the filters fold away (unless some are set), so the card starts on screen.
  const fold = h("details", { class: "pq-filters", open: !matchMedia("(max-width: 44.9375em)").matches || Object.keys(filters).length > 0 },
    h("summary", {}, "Choose the questions"),
    h("div", { class: "pq-fields" }, names.map(n => filterSelect(n, optionsFor(n, bank), filters[n] ?? "", () => restart()))))
  const form = h("form", { class: "pq-filterbar", "aria-label": "Choose the questions to practise", onsubmit: e => e.preventDefault() },
    fold,
    h("div", { class: "pq-row" }, status,
      h("button", { type: "button", class: "pq-btn pq-small", onclick: () => { clearFilters(form); restart() } }, "All questions")))
  filterBox.replaceChildren(form)
  const notice = asideNotice()
  if (notice) filterBox.before(notice)

  // ahead: "Review this set anyway" (cards not due yet); done: what that run has shown.
  const state = { current: null, revealed: false, ahead: false, done: new Set(), reviewed: 0 }

  const selected = () => {
    const store = progress.load()
    const chosen = readFilters(form)
    return bank.questions.filter(q => matches(q, chosen, store)).map(q => q.id)
  }

  function restart() {
    replaceQuery(readFilters(form))
    state.ahead = false
    state.done.clear()
    next()
  }

  function renderStatus() {
    const c = counts(selected(), progress.load(), Date.now())
    status.replaceChildren(
      h("span", { class: "pq-stat", "data-stat": "due" }, h("strong", {}, String(c.due)), " due today"), " · ",
      h("span", { class: "pq-stat", "data-stat": "new" }, h("strong", {}, String(c.fresh)), " new"), " · ",
      h("span", { class: "pq-stat", "data-stat": "total" }, plural(c.total, "question"), " in this set"))
  }

  function next() {
    renderStatus()
    const queue = buildQueue(selected(), progress.load(), Date.now(), { ahead: state.ahead })
      .filter(id => !(state.ahead && state.done.has(id)))
    state.current = queue.length ? bank.byId.get(queue[0]) : null
    state.revealed = false
    if (state.current) showCard(state.current)
    else showDone()
  }

  function showDone() {
    const c = counts(selected(), progress.load(), Date.now())
    const parts = [h("h2", { class: "pq-done-title", tabindex: "-1" }, c.total ? "Nothing left for today" : "No questions match these filters")]
    if (c.total) {
      const now = Date.now()
      parts.push(h("p", {}, state.reviewed ? `You reviewed ${plural(state.reviewed, "card")} in this session. ` : "",
        c.nextDue ? `The next card in this set is due ${whenLabel(now, c.nextDue)} (${isoDay(c.nextDue)}).` : ""))
      parts.push(h("button", { type: "button", class: "pq-btn", onclick: () => { state.ahead = true; next() } },
        "Review this set anyway"))
    }
    cardBox.replaceChildren(h("div", { class: "pq-card pq-card--done" }, parts))
  }

  function dueNote(card, now) {
    if (!card) return "New question"
    if (card.state === 1 || card.state === 3) return "Learning"
    const days = daysBetween(now, card.due)
    return days <= 0 ? (days === 0 ? "Due today" : `Due since ${isoDay(card.due)}`) : `Due ${isoDay(card.due)}`
  }

  function showCard(question) {
    const card = progress.load().cards[question.id]
    const category = bank.categoryById.get(question.category)
    const titleId = newId("pq-q")
    const reveal = h("button", { type: "button", class: "pq-btn pq-btn--primary pq-reveal", "aria-keyshortcuts": "Space", onclick: () => showAnswer() },
      "Show answer ", h("kbd", {}, "Space"))
    const answer = h("div", { class: "pq-answer", hidden: true, tabindex: "-1", "aria-label": "Answer" })
    const cardNode = h("article", { class: "pq-card", "aria-labelledby": titleId, "data-question": question.id },
      h("p", { class: "pq-card-meta" },
        h("a", { href: siteUrl(category.url) }, category.title), " · ",
        h("span", { class: `pq-badge pq-badge--${question.difficulty}` }, question.difficulty), " ",
        h("span", { class: "pq-badge pq-badge--kind" }, question.kind), " · ",
        h("span", { class: "pq-due-note" }, dueNote(card, Date.now()))),
      questionText(question, "h2", { class: "pq-question", id: titleId, tabindex: "-1" }),
      markButtons(question.id, () => renderStatus()),
      h("p", { class: "pq-think" }, "Answer out loud or on paper first, then check."),
      reveal, answer)
    cardBox.replaceChildren(cardNode)
    // The answer's category file, fetched while the reader thinks (a failure shows on reveal).
    bank.withAnswers([question.id]).catch(() => {})

    async function showAnswer() {
      if (state.revealed || state.current !== question) return
      state.revealed = true
      try { await bank.withAnswers([question.id]) } catch (error) {
        state.revealed = false // the button stays, to try again
        answer.hidden = false
        return bankError(answer, error)
      }
      if (state.current !== question) return
      answer.hidden = false
      const tabs = bank.tabs
      answer.replaceChildren(
        h("section", { class: "pq-section" }, h("h3", {}, tabs.how_to_answer), richHtml(question.how_to_answer_html)),
        h("section", { class: "pq-section" }, h("h3", {}, tabs.sample_answer), richHtml(question.sample_answer_html)),
        h("details", { class: "pq-section pq-look" }, h("summary", {}, tabs.what_to_look_for), richHtml(question.what_to_look_for_html)),
        h("p", {}, h("a", { href: siteUrl(question.url) }, "Open this question on its page")))
      cardNode.append(gradeButtons(question))
      reveal.remove()
      // The question stays on screen with the answer under it: a card low on the screen (a
      // phone) moves up to just under the header, as the grades now stick to the bottom.
      if (cardNode.getBoundingClientRect().top > innerHeight / 4) cardNode.scrollIntoView({ block: "start" })
      answer.focus({ preventScroll: true })
    }
  }

  function gradeButtons(question) {
    const now = Date.now()
    const outcomes = scheduler().preview(progress.load().cards[question.id], now)
    const legendId = newId("pq-grade")
    return h("div", { class: "pq-grades", role: "group", "aria-labelledby": legendId },
      h("p", { id: legendId, class: "pq-grades-legend" }, "How well did you answer?"),
      outcomes.map((outcome, index) =>
        h("button", { type: "button", class: `pq-btn pq-grade pq-grade--${outcome.key}`, "data-grade": outcome.key,
          "aria-keyshortcuts": String(index + 1), onclick: () => rate(outcome.key) },
        h("span", { class: "pq-grade-label" }, outcome.label, " ", h("kbd", {}, String(index + 1))),
        h("span", { class: "pq-grade-when" }, whenLabel(now, outcome.card.due)))))
  }

  function rate(key) {
    const question = state.current
    if (!question || !state.revealed) return
    const now = Date.now()
    let card
    const saved = progress.update(store => {
      card = store.cards[question.id] = scheduler().grade(store.cards[question.id], key, now)
    })
    const label = GRADES.find(g => g.key === key).label
    announce.textContent = `${label}: next review ${whenLabel(now, card.due)} (${isoDay(card.due)}).` +
      (saved ? "" : " This browser does not let the page save progress.")
    state.reviewed += 1
    state.done.add(question.id)
    next()
    // The next card starts at the top of the screen, wherever the answer had led.
    cardBox.querySelector(".pq-card").scrollIntoView({ block: "start" })
    cardBox.querySelector(".pq-reveal, .pq-done-title")?.focus({ preventScroll: true })
  }

  // Space reveals and 1-4 grade, except while typing in a field or when a control has the
  // focus (Space must still press a focused button).
  document.addEventListener("keydown", event => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return
    const target = event.target
    if (target.closest?.("input, select, textarea, [contenteditable], .md-search")) return
    if (event.key === " " && !target.closest?.("button, a, summary")) {
      const reveal = cardBox.querySelector(".pq-reveal")
      if (reveal) { event.preventDefault(); reveal.click() }
    } else if (/^[1-4]$/.test(event.key) && state.revealed) {
      rate(GRADES[Number(event.key) - 1].key)
    }
  })

  cardBox.before(announce)
  restart()
  mountDataTools(dataBox, () => { state.done.clear(); next() })
}

// Export and import of the progress store, and the desired retention.
function mountDataTools(box, onChange) {
  if (!box) return
  const message = h("p", { class: "pq-data-message", role: "status", "aria-live": "polite" })
  const fileId = newId("pq-import")
  const replaceId = newId("pq-replace")
  const retentionId = newId("pq-retention")
  const file = h("input", { type: "file", id: fileId, accept: ".json,application/json", class: "pq-file" })
  const replace = h("input", { type: "checkbox", id: replaceId })
  const current = progress.load().settings.retention ?? DEFAULT_RETENTION
  const retention = h("select", { id: retentionId, class: "pq-select", onchange: () => {
    const value = Number(retention.value)
    progress.update(store => { store.settings.retention = value })
    message.textContent = `Desired retention set to ${Math.round(value * 100)} %: new intervals follow it.`
    onChange()
  } }, RETENTIONS.map(r => h("option", { value: String(r), selected: r === current },
    `${Math.round(r * 100)} %${r === DEFAULT_RETENTION ? " (default)" : ""}`)))

  const exportButton = h("button", { type: "button", class: "pq-btn", onclick: () => {
    const store = progress.load()
    const data = { format: FORMAT, version: VERSION, exported: new Date().toISOString(), ...store }
    download(`${siteSlug()}-progress-${isoDay(Date.now())}.json`, JSON.stringify(data, null, 1))
    message.textContent = `Exported ${plural(Object.keys(store.cards).length, "reviewed question")} and your marks.`
  } }, "Export progress")

  file.addEventListener("change", async () => {
    const chosen = file.files[0]
    if (!chosen) return
    try {
      if (chosen.size > 5e6) throw new Error("the file is larger than 5 MB")
      let data
      try { data = JSON.parse(await chosen.text()) } catch { throw new Error("the file is not JSON") }
      const imported = validStore(data, { legacyFormats: progress.legacyFormats })
      const mine = progress.load()
      const result = replace.checked ? { ...imported, settings: mine.settings } : mergeStores(mine, imported)
      if (!progress.save(result)) throw new Error("this browser does not let the page save progress")
      const n = Object.keys(imported.cards).length
      message.textContent = `${replace.checked ? "Replaced your progress with" : "Merged"} ${plural(n, "reviewed question")} from ${chosen.name}.`
      onChange()
    } catch (error) {
      message.textContent = `Nothing imported: ${error.message}.`
    }
    file.value = "" // the same file can be chosen again
  })

  box.replaceChildren(
    h("div", { class: "pq-row" },
      exportButton,
      h("div", { class: "pq-field" }, h("label", { for: fileId }, "Import progress from a file"), file)),
    h("div", { class: "pq-check" }, replace, h("label", { for: replaceId }, "Replace my progress instead of merging")),
    h("div", { class: "pq-row" }, h("div", { class: "pq-field" },
      h("label", { for: retentionId }, "Desired retention: how likely you want to be to remember a card when it comes back"),
      retention)),
    message)
}

const root = document.querySelector("[data-pq-practice]")
// Drawn: the room practice.css held for the filters, card and tools is released.
if (root) mountPractice(root).finally(() => { root.dataset.ready = "" })
