// The interview kit: choose and order questions, then print a sheet with each question's
// rubric, a 1-4 score and room for notes. The selection lives in the address (?questions=).
import { loadBank } from "./bank.js"
import { bankError, h, newId, plural, questionText, richHtml, siteUrl } from "./dom.js"
import { filterSelect, filtersFromUrl, matches, optionsFor, readFilters, replaceQuery } from "./filters.js"

// The kit's search reads words as the site search does (synonyms, British and American
// spellings, plurals) through the search module and its lexicon. Without them (a site built
// without the search module) it falls back to matching each typed word in the text.
async function searchMatcher() {
  try {
    const query = await import("../search/query.js")
    const lexicon = await query.loadLexicon(siteUrl(""))
    return (typed, text) => query.matches(typed, text, lexicon)
  } catch {
    return (typed, text) => typed.toLowerCase().split(/\s+/).filter(Boolean).every(w => text.toLowerCase().includes(w))
  }
}

function shuffled(items) {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

const SCORES = [
  [1, "No or wrong answer"],
  [2, "Partial, with gaps"],
  [3, "Solid and correct"],
  [4, "Excellent: depth, trade-offs, follow-ups handled"],
]

// The rubric as the sheet shows it: signals, red flags and follow-ups. Links to related
// questions and references are for reading on screen, not for scoring on paper.
function rubric(question) {
  const box = richHtml(question.what_to_look_for_html)
  for (const label of box.querySelectorAll(":scope > p > strong:first-child")) {
    if (!/^(Related|References)$/.test(label.textContent.trim())) continue
    const paragraph = label.parentElement
    if (paragraph.nextElementSibling?.matches("ul") && label.textContent.trim() === "References") paragraph.nextElementSibling.remove()
    paragraph.remove()
  }
  return box
}

async function mountKit(root) {
  const [pickerBox, orderBox, sheetBox] = ["picker", "order", "sheet"].map(n => root.querySelector(`[data-kit-${n}]`))
  pickerBox.replaceChildren(h("p", { class: "pq-loading" }, "Loading the questions…"))
  let bank, found
  try { [bank, found] = await Promise.all([loadBank(), searchMatcher()]) } catch (error) { return bankError(pickerBox, error) }

  // The selection, in interview order; the URL's ?questions= holds it so that a sheet can be
  // shared. (Not ?q=: Material's search reads that one and opens the search box with it.)
  const requested = (new URLSearchParams(location.search).get("questions") ?? "").split(",").filter(Boolean)
  let selection = [...new Set(requested)].filter(id => bank.byId.has(id))
  const unknown = requested.length - selection.length

  const names = ["category", "difficulty", "role", "kind"]
  const initial = filtersFromUrl(names)
  // Selections replaced by "Random 8" or "Clear selection", newest last, for "Undo".
  const undone = []
  const searchId = newId("kit-search")
  const search = h("input", { type: "search", id: searchId, class: "pq-search", autocomplete: "off", oninput: () => renderList() })
  const matchCount = h("p", { class: "pq-shown", "aria-live": "polite" })
  const list = h("ul", { class: "kit-list", "aria-label": "Matching questions" })
  const form = h("form", { class: "pq-filterbar", "aria-label": "Find questions", onsubmit: e => e.preventDefault() },
    h("div", { class: "pq-fields" },
      names.map(n => filterSelect(n, optionsFor(n, bank), initial[n] ?? "", () => changed())),
      h("div", { class: "pq-field pq-field--wide" }, h("label", { for: searchId }, "Search question text"), search)),
    h("div", { class: "pq-row" }, matchCount,
      h("button", { type: "button", class: "pq-btn pq-small", onclick: () => randomBalanced() }, "Random 8, balanced across categories"),
      h("button", { type: "button", class: "pq-btn pq-small", onclick: () => replaceSelection([], "Selection cleared.") }, "Clear selection"),
      h("button", { type: "button", class: "pq-btn pq-small kit-undo", disabled: true, onclick: () => undo() }, "Undo")))
  pickerBox.replaceChildren(form, list)
  const undoButton = form.querySelector(".kit-undo")

  function replaceSelection(next, message) {
    if (next.join() === selection.join()) return
    undone.push(selection)
    selection = next
    changed()
    orderStatus.textContent = `${message} Undo brings back the previous selection.`
  }

  function undo() {
    if (!undone.length) return
    selection = undone.pop()
    changed()
    orderStatus.textContent = `Previous selection restored (${plural(selection.length, "question")}).`
  }

  function visibleQuestions() {
    const filters = readFilters(form)
    const typed = search.value.trim()
    return bank.questions.filter(q => matches(q, filters, null) && (!typed || found(search.value, `${q.question} ${q.tags.join(" ")}`)))
  }

  function renderList() {
    const shown = visibleQuestions()
    matchCount.textContent = `${shown.length} of ${plural(bank.questions.length, "question")} match · ${selection.length} selected`
    list.replaceChildren(...shown.map(q => {
      const id = `kit-pick-${q.id}`
      const box = h("input", { type: "checkbox", id, value: q.id, checked: selection.includes(q.id), onchange: () => {
        selection = box.checked ? [...selection, q.id] : selection.filter(s => s !== q.id)
        changed({ keepList: true })
        matchCount.textContent = `${shown.length} of ${plural(bank.questions.length, "question")} match · ${selection.length} selected`
      } })
      return h("li", {}, box, h("label", { for: id }, questionText(q),
        h("span", { class: "kit-list-meta" }, ` ${bank.categoryById.get(q.category).title} · ${q.difficulty} · ${q.kind}`)))
    }))
  }

  // Eight questions, each from a different category while categories last: shuffle the
  // categories, take one random matching question from each in turn, and go round again.
  function randomBalanced(size = 8) {
    const pool = visibleQuestions()
    const byCategory = new Map()
    for (const q of shuffled(pool)) {
      if (!byCategory.has(q.category)) byCategory.set(q.category, [])
      byCategory.get(q.category).push(q.id)
    }
    const order = shuffled([...byCategory.keys()])
    const picked = []
    while (picked.length < Math.min(size, pool.length)) {
      for (const category of order) {
        const id = byCategory.get(category).pop()
        if (id && picked.length < size) picked.push(id)
      }
    }
    // Keep the bank's category order on the sheet: fundamentals before design and behaviour.
    const rank = new Map(bank.categories.map((c, i) => [c.id, i]))
    replaceSelection(picked.sort((a, b) => rank.get(bank.byId.get(a).category) - rank.get(bank.byId.get(b).category)),
      `Picked ${plural(picked.length, "question")} at random.`)
  }

  const orderList = h("ol", { class: "kit-order" })
  const printButton = h("button", { type: "button", class: "pq-btn pq-btn--primary", onclick: async () => { await sheetReady; window.print() } }, "Print the sheet")
  const linkId = newId("kit-link")
  const link = h("input", { type: "text", id: linkId, readonly: true, class: "pq-search kit-link", onfocus: e => e.target.select() })
  const orderStatus = h("p", { class: "pq-announce", role: "status", "aria-live": "polite" })
  orderBox.replaceChildren(orderList, orderStatus,
    h("div", { class: "pq-row" }, printButton,
      h("div", { class: "pq-field pq-field--wide" }, h("label", { for: linkId }, "Link to this selection"), link)))
  if (unknown) orderStatus.textContent = `${plural(unknown, "question")} in the link no longer ${unknown === 1 ? "exists" : "exist"} and ${unknown === 1 ? "was" : "were"} left out.`

  function move(id, step, focusClass) {
    const i = selection.indexOf(id)
    const j = i + step
    if (j < 0 || j >= selection.length) return
    ;[selection[i], selection[j]] = [selection[j], selection[i]]
    changed({ keepList: true })
    orderStatus.textContent = `Moved to position ${j + 1} of ${selection.length}.`
    // Keep the keyboard where it was: on the same button of the moved question, or on its
    // other arrow once it reaches the top or the bottom.
    const row = orderList.querySelector(`[data-question="${id}"]`)
    const target = row.querySelector(`.${focusClass}:not([disabled])`) ?? row.querySelector("button:not([disabled])")
    target?.focus()
  }

  function renderOrder() {
    orderList.replaceChildren(...selection.map((id, i) => {
      const q = bank.byId.get(id)
      const text = q.question.length > 60 ? `${q.question.slice(0, 57)}…` : q.question
      return h("li", { "data-question": id },
        h("span", { class: "kit-order-q" }, questionText(q)),
        h("span", { class: "kit-order-buttons" },
          h("button", { type: "button", class: "pq-btn pq-small kit-up", disabled: i === 0, "aria-label": `Move up: ${text}`,
            onclick: () => move(id, -1, "kit-up") }, "↑ Up"),
          h("button", { type: "button", class: "pq-btn pq-small kit-down", disabled: i === selection.length - 1,
            "aria-label": `Move down: ${text}`, onclick: () => move(id, 1, "kit-down") }, "↓ Down"),
          h("button", { type: "button", class: "pq-btn pq-small kit-remove", "aria-label": `Remove: ${text}`, onclick: () => {
            selection = selection.filter(s => s !== id)
            changed()
            orderStatus.textContent = "Removed from the sheet."
            ;(orderList.querySelectorAll("li")[Math.min(i, selection.length - 1)]?.querySelector("button:not([disabled])") ?? search).focus()
          } }, "Remove")))
    }))
    if (!selection.length) orderList.replaceChildren(h("li", { class: "kit-empty" }, "No questions yet: tick some above or take a random eight."))
    printButton.disabled = !selection.length
  }

  // The rubrics come from each category's answers file: a newer render drops an older one.
  let sheetRender = 0
  let sheetReady = Promise.resolve()
  function renderSheet() {
    const mine = ++sheetRender
    const ids = [...selection]
    sheetReady = bank.withAnswers(ids).then(
      () => { if (mine === sheetRender) drawSheet(ids) },
      error => { if (mine === sheetRender) bankError(sheetBox, error) })
  }

  function drawSheet(selection) {
    const sheet = h("section", { class: "kit-sheet", "aria-labelledby": "kit-sheet-title" },
      h("h2", { id: "kit-sheet-title" }, "Interview sheet"),
      h("div", { class: "kit-fields" }, ["Candidate", "Role", "Interviewer", "Date"].map(f =>
        h("p", { class: "kit-field" }, h("span", {}, f), h("span", { class: "kit-blank" })))),
      h("p", { class: "kit-legend" }, "Score each answer from 1 to 4: ",
        SCORES.map(([n, text], i) => [h("strong", {}, String(n)), ` = ${text.charAt(0).toLowerCase()}${text.slice(1)}`, i < 3 ? "; " : "."])),
      selection.length
        ? h("ol", { class: "kit-questions" }, selection.map((id, i) => {
          const q = bank.byId.get(id)
          return h("li", { class: "kit-q", "data-question": id },
            h("h3", { class: "kit-q-title" }, `${i + 1}. `, questionText(q)),
            h("p", { class: "kit-q-meta" }, `${bank.categoryById.get(q.category).title} · ${q.difficulty} · ${q.kind}`),
            h("div", { class: "kit-look" }, h("h4", {}, bank.tabs.what_to_look_for), rubric(q)),
            // Score and notes in one box, so that paper never separates them.
            h("div", { class: "kit-write" },
              h("div", { class: "kit-score" }, h("h4", {}, "Score"),
                h("ul", {}, SCORES.map(([n, text]) => h("li", {}, h("span", { class: "kit-box", "aria-hidden": "true" }), h("strong", {}, String(n)), ` ${text}`)))),
              h("div", { class: "kit-notes" }, h("h4", {}, "Notes"), Array.from({ length: 5 }, () => h("div", { class: "kit-line" })))))
        }))
        : h("p", { class: "kit-empty" }, "The sheet is empty: choose questions above."),
      selection.length ? h("p", { class: "kit-total" }, `Total: ______ / ${selection.length * 4}    Recommendation: ______________________`) : null)
    sheetBox.replaceChildren(sheet)
  }

  function changed({ keepList = false } = {}) {
    // The filters and the selection, in the address: a link brings back both.
    replaceQuery({ ...readFilters(form), ...(selection.length ? { questions: selection.join(",") } : {}) })
    link.value = location.href.replace(/#.*$/, "") // Material may add the heading read last
    undoButton.disabled = !undone.length
    renderOrder()
    renderSheet()
    if (!keepList) renderList()
  }

  changed()
  await sheetReady
}

const root = document.querySelector("[data-kit]")
// Drawn: the room practice.css held for the picker, order and sheet is released.
if (root) mountKit(root).finally(() => { root.dataset.ready = "" })
