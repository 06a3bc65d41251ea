// Practice mode, question marks, category filters, home-page widgets and the interview kit.
//
// One file, in sections: helpers, the question bank, the progress store, the SM-2 scheduler,
// then one `mount*` function per page part, wired at the end. Every page part is built from
// empty containers in the Markdown pages (data-pq-* and data-kit-* attributes), so pages
// without them are left alone. Nothing here talks to a server: the bank is the site's own
// questions.json and progress stays in this browser's localStorage.
(() => {
  "use strict"

  /* ---------------------------------------------------------------- helpers */

  // The site's root as an absolute URL. Material writes `base` relative to the page the
  // browser loaded first and does not update #__config on instant navigation, while this
  // script runs once per full page load: resolving it now, against that first page, stays
  // right on every page reached later.
  const ROOT = (() => {
    let base = "."
    try { base = JSON.parse(document.querySelector("#__config").textContent).base || "." } catch { /* keep "." */ }
    return new URL(base.replace(/\/?$/, "/"), location.href)
  })()
  const siteUrl = path => new URL(path, ROOT).href

  // h("button", {type: "button", class: "x", onclick: f}, "text", child...) -> element
  function h(tag, attrs = {}, ...children) {
    const node = document.createElement(tag)
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue
      if (key.startsWith("on")) node.addEventListener(key.slice(2), value)
      else if (key === "class") node.className = value
      else node.setAttribute(key, value === true ? "" : value)
    }
    node.append(...children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false))
    return node
  }

  // True only the first time it is called for a node and a widget: nothing is built twice.
  function firstTime(node, widget) {
    const done = (node.dataset.pqMounted ?? "").split(" ")
    if (done.includes(widget)) return false
    node.dataset.pqMounted = [...done, widget].join(" ").trim()
    return true
  }

  let uid = 0
  const newId = prefix => `${prefix}-${++uid}`

  const escapeHtml = text =>
    text.replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c])

  // Question texts are one line of Markdown: show `code` and $math$, everything else as text.
  function inlineHtml(text) {
    return escapeHtml(text)
      .replace(/`([^`]+)`/g, "<code>$1</code>")
      .replace(/\$([^$]+)\$/g, '<span class="arithmatex">\\($1\\)</span>')
  }

  function typesetMath(node) {
    if (typeof renderMathInElement !== "function") return // KaTeX missing: the TeX stays readable
    renderMathInElement(node, {
      delimiters: [
        { left: "\\(", right: "\\)", display: false },
        { left: "\\[", right: "\\]", display: true },
      ],
      throwOnError: false,
    })
  }

  // Answer HTML from questions.json: trusted (the build refuses raw HTML in the data), with
  // links and images relative to the site's root, so they are rebased before showing.
  function richHtml(html) {
    const template = document.createElement("template")
    template.innerHTML = html
    for (const node of template.content.querySelectorAll("[href], [src]")) {
      for (const attr of ["href", "src"]) {
        const value = node.getAttribute(attr)
        if (value && !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(value)) node.setAttribute(attr, siteUrl(value))
      }
    }
    const box = h("div", { class: "pq-rich" })
    box.append(template.content)
    typesetMath(box)
    return box
  }

  function questionText(question, tag = "span", attrs = {}) {
    const node = h(tag, attrs)
    node.innerHTML = inlineHtml(question.question)
    typesetMath(node)
    return node
  }

  // Dates are local calendar days, "YYYY-MM-DD": a card is due on a day, not at an hour.
  const pad = n => String(n).padStart(2, "0")
  const isoDay = date => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  const today = () => isoDay(new Date())
  function addDays(day, days) {
    const [y, m, d] = day.split("-").map(Number)
    return isoDay(new Date(y, m - 1, d + days))
  }
  function daysBetween(from, to) {
    const [a, b] = [from, to].map(day => { const [y, m, d] = day.split("-").map(Number); return Date.UTC(y, m - 1, d) })
    return Math.round((b - a) / 86400000)
  }
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`
  const inDays = n => (n <= 0 ? "today" : n === 1 ? "tomorrow" : `in ${n} days`)
  const labelOf = value => value.replace(/-/g, " ")

  // A small deterministic hash (FNV-1a): the question of the day is the same for everyone.
  function hash(text) {
    let value = 0x811c9dc5
    for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193)
    return value >>> 0
  }

  function shuffled(items) {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]]
    }
    return copy
  }

  /* ---------------------------------------------------------------- the question bank */

  // Fetched once per full page load and shared by every page reached by instant navigation.
  let bankPromise = null
  function loadBank() {
    bankPromise ??= fetch(siteUrl("questions.json"))
      .then(response => {
        if (!response.ok) throw new Error(`questions.json: HTTP ${response.status}`)
        return response.json()
      })
      .then(bank => {
        bank.byId = new Map(bank.questions.map(q => [q.id, q]))
        bank.categoryById = new Map(bank.categories.map(c => [c.id, c]))
        return bank
      })
      .catch(error => { bankPromise = null; throw error })
    return bankPromise
  }

  function bankError(container, error) {
    container.replaceChildren(h("p", { class: "pq-error", role: "alert" },
      "The question bank could not be loaded, so this part of the page is unavailable. ",
      `(${error.message})`))
  }

  /* ---------------------------------------------------------------- the progress store */

  // Everything lives under one versioned key:
  //   cards: { [question id]: { ease, interval, reps, lapses, due: "YYYY-MM-DD", last: ms } }
  //   marks: { [question id]: { mark: "known" | "later" | null, at: ms } }
  // A cleared mark is kept as null with its time, so that merging an import cannot bring it back.
  const STORE_KEY = "mlig.progress.v1"
  const FILE_FORMAT = "mlig-progress"
  const ID = /^[a-z0-9][a-z0-9-]{0,99}$/
  const DAY = /^\d{4}-\d{2}-\d{2}$/

  const emptyStore = () => ({ version: 1, cards: {}, marks: {} })

  // Checks a store read from localStorage or a file; returns a clean copy or throws with
  // the first problem found, worded for the person importing the file.
  function validStore(data) {
    const fail = message => { throw new Error(message) }
    const isObject = value => value !== null && typeof value === "object" && !Array.isArray(value)
    const isInt = (value, max) => Number.isInteger(value) && value >= 0 && value <= max
    if (!isObject(data)) fail("the file does not hold a JSON object")
    if (data.format !== undefined && data.format !== FILE_FORMAT) fail(`its format is "${data.format}", not "${FILE_FORMAT}"`)
    if (data.version !== 1) fail(`version ${JSON.stringify(data.version)} is not supported (expected 1)`)
    const cards = data.cards ?? {}
    const marks = data.marks ?? {}
    if (!isObject(cards)) fail("cards must be an object")
    if (!isObject(marks)) fail("marks must be an object")
    const clean = emptyStore()
    for (const [id, card] of Object.entries(cards)) {
      const where = `cards["${id}"]`
      if (!ID.test(id)) fail(`${where}: not a question id`)
      if (!isObject(card)) fail(`${where} must be an object`)
      const { ease, interval, reps, lapses = 0, due, last } = card
      if (typeof ease !== "number" || !(ease >= 1.3 && ease <= 10)) fail(`${where}.ease must be a number from 1.3 to 10`)
      if (!isInt(interval, 36500)) fail(`${where}.interval must be a whole number of days`)
      if (!isInt(reps, 100000)) fail(`${where}.reps must be a whole number`)
      if (!isInt(lapses, 100000)) fail(`${where}.lapses must be a whole number`)
      if (typeof due !== "string" || !DAY.test(due) || addDays(due, 0) !== due) fail(`${where}.due must be a date like 2025-01-31`)
      if (!isInt(last, 8.64e15)) fail(`${where}.last must be a time in milliseconds`)
      clean.cards[id] = { ease, interval, reps, lapses, due, last }
    }
    for (const [id, entry] of Object.entries(marks)) {
      const where = `marks["${id}"]`
      if (!ID.test(id)) fail(`${where}: not a question id`)
      if (!isObject(entry)) fail(`${where} must be an object`)
      if (![null, "known", "later"].includes(entry.mark)) fail(`${where}.mark must be "known", "later" or null`)
      if (!isInt(entry.at, 8.64e15)) fail(`${where}.at must be a time in milliseconds`)
      clean.marks[id] = { mark: entry.mark, at: entry.at }
    }
    return clean
  }

  // Read fresh every time: other tabs and other pages may have written since.
  function loadStore() {
    try {
      const text = localStorage.getItem(STORE_KEY)
      return text ? validStore(JSON.parse(text)) : emptyStore()
    } catch {
      return emptyStore() // unreadable: start again rather than break the page
    }
  }

  function saveStore(store) {
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify(store))
      return true
    } catch {
      return false // storage disabled or full: the page still works, without memory
    }
  }

  // Merging keeps, for each question, whichever review and whichever mark is more recent.
  function mergeStores(mine, theirs) {
    const merged = { version: 1, cards: { ...mine.cards }, marks: { ...mine.marks } }
    for (const [id, card] of Object.entries(theirs.cards)) {
      if (!merged.cards[id] || card.last > merged.cards[id].last) merged.cards[id] = card
    }
    for (const [id, entry] of Object.entries(theirs.marks)) {
      if (!merged.marks[id] || entry.at > merged.marks[id].at) merged.marks[id] = entry
    }
    return merged
  }

  const markOf = (store, id) => store.marks[id]?.mark ?? null

  function setMark(id, mark) {
    const store = loadStore()
    store.marks[id] = { mark, at: Date.now() }
    saveStore(store)
  }

  // Two toggles, "Known" and "Review later": pressing one releases the other.
  function markButtons(id, onChange) {
    const buttons = [["known", "Known"], ["later", "Review later"]].map(([mark, label]) =>
      h("button", { type: "button", class: "pq-mark", "data-mark": mark, "aria-pressed": "false" }, label))
    const refresh = () => {
      const current = markOf(loadStore(), id)
      for (const button of buttons) button.setAttribute("aria-pressed", String(button.dataset.mark === current))
    }
    for (const button of buttons) {
      button.addEventListener("click", () => {
        const pressed = button.getAttribute("aria-pressed") === "true"
        setMark(id, pressed ? null : button.dataset.mark)
        refresh()
        onChange?.()
      })
    }
    refresh()
    return h("div", { class: "pq-marks", role: "group", "aria-label": "Your marks for this question", "data-question": id }, buttons)
  }

  /* ---------------------------------------------------------------- SM-2 scheduling */

  // Spaced repetition with SM-2 (P. Wozniak, 1987), as in the usual statement of it:
  //   correct (q >= 3): interval 1 day, then 6 days, then the last interval times the ease;
  //   wrong (q < 3): start again at 1 day; the ease always moves by
  //   0.1 - (5 - q) * (0.08 + (5 - q) * 0.02) and never drops below 1.3.
  // Why SM-2 and not FSRS: SM-2 is a few deterministic lines anyone can check by hand and it
  // works from the first review; FSRS schedules better, but only with parameters fitted to
  // a review history, which a new visitor of a static site does not have.
  // SM-2 also repeats, on the same day, the cards graded below 4 (Again, Hard) until they
  // are recalled well; only the day's first grade changes the schedule.
  const GRADES = [
    { key: "again", label: "Again", quality: 1 },
    { key: "hard", label: "Hard", quality: 3 },
    { key: "good", label: "Good", quality: 4 },
    { key: "easy", label: "Easy", quality: 5 },
  ]

  function sm2(card, quality, day, now) {
    const previous = card ?? { ease: 2.5, interval: 0, reps: 0, lapses: 0 }
    const next = { ...previous }
    if (quality >= 3) {
      next.interval = previous.reps === 0 ? 1 : previous.reps === 1 ? 6 : Math.round(previous.interval * previous.ease)
      next.reps = previous.reps + 1
    } else {
      next.interval = 1
      next.reps = 0
      next.lapses = previous.lapses + 1
    }
    const ease = previous.ease + 0.1 - (5 - quality) * (0.08 + (5 - quality) * 0.02)
    next.ease = Math.max(1.3, Math.round(ease * 100) / 100)
    next.due = addDays(day, next.interval)
    next.last = now
    return next
  }

  const gradedToday = (card, day) => Boolean(card) && isoDay(new Date(card.last)) === day

  /* ---------------------------------------------------------------- filters */

  // One description of the filters for the practice page, the category pages and the kit.
  const FILTERS = {
    category: { label: "Category", any: "All categories" },
    difficulty: { label: "Difficulty", any: "Any difficulty" },
    role: { label: "Role", any: "Any role" },
    kind: { label: "Kind", any: "Any kind" },
    tag: { label: "Tag", any: "Any tag" },
    mark: { label: "Your marks", any: "Any" },
  }
  const MARK_OPTIONS = [["later", "Review later"], ["unmarked", "Not marked"], ["not-known", "Not known"], ["known", "Known"]]

  function optionsFor(name, bank) {
    const count = values => {
      const counts = new Map()
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
      return counts
    }
    switch (name) {
      case "category": return bank.categories.map(c => [c.id, c.title])
      case "difficulty": return ["easy", "medium", "hard"].map(d => [d, d])
      case "role": return [...new Set(bank.questions.flatMap(q => q.roles))].sort().map(r => [r, labelOf(r)])
      case "kind": return [...new Set(bank.questions.map(q => q.kind))].sort().map(k => [k, k])
      case "tag": return [...count(bank.questions.flatMap(q => q.tags))].sort(([a], [b]) => a.localeCompare(b))
        .map(([tag, n]) => [tag, `${tag} (${n})`])
      case "mark": return MARK_OPTIONS
    }
    return []
  }

  function filterSelect(name, options, value, onchange) {
    const id = newId(`pq-filter-${name}`)
    const select = h("select", { id, name, "data-filter": name, onchange },
      h("option", { value: "" }, FILTERS[name].any),
      options.map(([key, text]) => h("option", { value: key, selected: key === value }, text)))
    return h("div", { class: "pq-field" }, h("label", { for: id }, FILTERS[name].label), select)
  }

  // `item` is any object with difficulty, kind, roles and (optionally) category, tags and id.
  function matches(item, filters, store) {
    if (filters.category && item.category !== filters.category) return false
    if (filters.difficulty && item.difficulty !== filters.difficulty) return false
    if (filters.kind && item.kind !== filters.kind) return false
    if (filters.role && !item.roles.includes(filters.role)) return false
    if (filters.tag && !(item.tags ?? []).includes(filters.tag)) return false
    if (filters.mark) {
      const mark = markOf(store, item.id)
      if (filters.mark === "unmarked" ? mark !== null : filters.mark === "not-known" ? mark === "known" : mark !== filters.mark) return false
    }
    return true
  }

  // Not form.reset(): that goes back to the filters the page was opened with.
  const clearFilters = form => { for (const select of form.querySelectorAll("select[data-filter]")) select.value = "" }

  const readFilters = form =>
    Object.fromEntries([...form.querySelectorAll("select[data-filter]")].map(s => [s.dataset.filter, s.value]).filter(([, v]) => v))

  // Filters live in the query string (?category=...&difficulty=...), so a filtered practice
  // set can be linked to; replaceState keeps the history clean and works with instant pages.
  function filtersFromUrl(names) {
    const params = new URLSearchParams(location.search)
    return Object.fromEntries(names.map(n => [n, params.get(n) ?? ""]).filter(([, v]) => v))
  }

  function replaceQuery(params) {
    const url = new URL(location.href)
    url.search = new URLSearchParams(params).toString().replace(/%2C/g, ",")
    if (url.href !== location.href) history.replaceState(history.state, "", url)
  }

  /* ---------------------------------------------------------------- category pages */

  // The badges under each question carry what the filters need, so category pages work
  // without loading questions.json.
  function pageQuestions(content) {
    // Index entries by the anchor they point to. Material rewrites every link to an absolute
    // address (for instant navigation), so a[href="#id"] would not match: compare hashes.
    const byHash = links => new Map([...links].map(a => [decodeURIComponent(a.hash.slice(1)), a.closest("li")]))
    const indexItems = byHash(content.querySelectorAll("nav.q-index a[href*='#']"))
    const tocItems = byHash(document.querySelectorAll(".md-sidebar--secondary .md-nav__link[href*='#']"))
    return [...content.querySelectorAll("h2.q-title[id]")].map(heading => {
      const meta = heading.nextElementSibling?.classList.contains("q-meta") ? heading.nextElementSibling : null
      const badge = selector => meta?.querySelector(selector)
      const difficulty = ["easy", "medium", "hard"].find(d => badge(`.q-badge--${d}`)) ?? ""
      const roles = [...(meta?.querySelectorAll(".q-badge--role") ?? [])].map(b => b.textContent.trim().replace(/\s+/g, "-"))
      // The question's parts: the heading and what follows it, up to and including its answer.
      const parts = [heading]
      for (let node = heading.nextElementSibling; node && !node.matches("h2"); node = node.nextElementSibling) {
        parts.push(node)
        if (node.matches("details.answer")) break
      }
      return {
        id: heading.id, heading, meta, parts, difficulty, roles,
        kind: badge(".q-badge--kind")?.textContent.trim() ?? "",
        indexItem: indexItems.get(heading.id) ?? null,
        tocItem: tocItems.get(heading.id) ?? null,
      }
    })
  }

  function mountCategoryPage(content) {
    const questions = pageQuestions(content)
    if (!questions.length) return

    for (const q of questions) {
      const marks = markButtons(q.id, () => apply())
      ;(q.meta ?? q.heading).after(marks)
      q.parts.push(marks)
    }

    const names = ["difficulty", "role", "kind", "mark"]
    const collect = (key, many) => [...new Set(questions.flatMap(q => (many ? q[key] : [q[key]])).filter(Boolean))]
    const options = {
      difficulty: ["easy", "medium", "hard"].filter(d => collect("difficulty").includes(d)).map(d => [d, d]),
      role: collect("roles", true).sort().map(r => [r, labelOf(r)]),
      kind: collect("kind").sort().map(k => [k, k]),
      mark: MARK_OPTIONS,
    }
    const count = h("p", { class: "pq-shown", "aria-live": "polite" })
    const category = location.pathname.match(/questions\/([^/]+)\/?$/)?.[1]
    const practise = h("a", { class: "pq-link", href: siteUrl("practice/") }, "Practise these questions")
    const clear = h("button", { type: "button", class: "pq-btn pq-small" }, "Clear filters")
    const form = h("form", { class: "pq-filterbar", "aria-label": "Filter the questions on this page", onsubmit: e => e.preventDefault() },
      h("div", { class: "pq-fields" }, names.map(n => filterSelect(n, options[n], "", () => apply()))),
      h("div", { class: "pq-row" }, count, clear, practise))
    clear.addEventListener("click", () => { clearFilters(form); apply() })

    function apply() {
      const filters = readFilters(form)
      const store = loadStore()
      let shown = 0
      for (const q of questions) {
        const visible = matches(q, filters, store)
        shown += visible
        for (const node of [...q.parts, q.indexItem, q.tocItem]) node?.classList.toggle("pq-hidden", !visible)
      }
      count.textContent = `${shown} of ${plural(questions.length, "question")} shown`
      const params = { ...(category ? { category } : {}), ...filters }
      delete params.mark
      practise.href = siteUrl(`practice/?${new URLSearchParams(params)}`)
    }

    const toolbar = content.querySelector(".q-toolbar")
    if (toolbar) toolbar.before(form)
    else content.querySelector("h1")?.after(form)
    apply()
  }

  /* ---------------------------------------------------------------- practice page */

  // The page's live practice session, for the keyboard shortcuts (null on other pages).
  let session = null

  async function mountPractice(root) {
    const [filterBox, cardBox, dataBox] = ["filters", "card", "data"].map(n => root.querySelector(`[data-pq-${n}]`))
    cardBox.replaceChildren(h("p", { class: "pq-loading" }, "Loading the questions…"))
    let bank
    try { bank = await loadBank() } catch (error) { return bankError(cardBox, error) }
    if (!root.isConnected) return // the visitor has already moved on

    const names = ["category", "difficulty", "role", "kind", "tag", "mark"]
    const filters = filtersFromUrl(names)
    const status = h("p", { class: "pq-status" })
    const announce = h("p", { class: "pq-announce", role: "status", "aria-live": "polite" })
    const form = h("form", { class: "pq-filterbar", "aria-label": "Choose the questions to practise", onsubmit: e => e.preventDefault() },
      h("div", { class: "pq-fields" }, names.map(n => filterSelect(n, optionsFor(n, bank), filters[n] ?? "", () => restart()))),
      h("div", { class: "pq-row" }, status,
        h("button", { type: "button", class: "pq-btn pq-small", onclick: () => { clearFilters(form); restart() } }, "All questions")))
    filterBox.replaceChildren(form)

    const state = { queue: [], current: null, revealed: false, cram: false, reviewed: 0 }

    function selected() {
      const store = loadStore()
      const chosen = readFilters(form)
      return bank.questions.filter(q => matches(q, chosen, store))
    }

    // What comes next: due cards first, the most overdue first; then new cards, those marked
    // "review later" first and those marked "known" last; otherwise in the bank's order.
    function buildQueue() {
      const store = loadStore()
      const day = today()
      const set = selected()
      const due = set.filter(q => store.cards[q.id] && store.cards[q.id].due <= day)
        .sort((a, b) => store.cards[a.id].due.localeCompare(store.cards[b.id].due))
      const rank = q => ({ later: 0, known: 2 })[markOf(store, q.id)] ?? 1
      const fresh = set.filter(q => !store.cards[q.id]).sort((a, b) => rank(a) - rank(b))
      const ahead = state.cram ? set.filter(q => store.cards[q.id] && store.cards[q.id].due > day)
        .sort((a, b) => store.cards[a.id].due.localeCompare(store.cards[b.id].due)) : []
      return [...due, ...fresh, ...ahead].map(q => q.id)
    }

    function restart() {
      replaceQuery(readFilters(form))
      state.cram = false
      state.queue = buildQueue()
      next()
    }

    function counts() {
      const store = loadStore()
      const day = today()
      const set = selected()
      const due = set.filter(q => store.cards[q.id]?.due <= day).length
      const fresh = set.filter(q => !store.cards[q.id]).length
      const later = set.filter(q => store.cards[q.id]?.due > day).map(q => store.cards[q.id].due).sort()
      return { total: set.length, due, fresh, nextDue: later[0] ?? null }
    }

    function renderStatus() {
      const c = counts()
      status.replaceChildren(
        h("span", { class: "pq-stat", "data-stat": "due" }, h("strong", {}, String(c.due)), " due today"), " · ",
        h("span", { class: "pq-stat", "data-stat": "new" }, h("strong", {}, String(c.fresh)), " new"), " · ",
        h("span", { class: "pq-stat", "data-stat": "total" }, plural(c.total, "question"), " in this set"))
    }

    function next() {
      renderStatus()
      const id = state.queue.shift()
      state.current = id ? bank.byId.get(id) : null
      state.revealed = false
      if (state.current) showCard(state.current)
      else showDone()
    }

    function showDone() {
      const c = counts()
      const parts = [h("h2", { class: "pq-done-title", tabindex: "-1" }, c.total ? "Nothing left for today" : "No questions match these filters")]
      if (c.total) {
        parts.push(h("p", {}, state.reviewed ? `You reviewed ${plural(state.reviewed, "card")} in this session. ` : "",
          c.nextDue ? `The next card in this set is due ${inDays(daysBetween(today(), c.nextDue))} (${c.nextDue}).` : ""))
        parts.push(h("button", { type: "button", class: "pq-btn", onclick: () => { state.cram = true; state.queue = buildQueue(); next() } },
          "Review this set anyway"))
      }
      cardBox.replaceChildren(h("div", { class: "pq-card pq-card--done" }, parts))
    }

    function showCard(question) {
      const store = loadStore()
      const card = store.cards[question.id]
      const category = bank.categoryById.get(question.category)
      const titleId = newId("pq-q")
      const reveal = h("button", { type: "button", class: "pq-btn pq-btn--primary pq-reveal", "aria-keyshortcuts": "Space", onclick: () => showAnswer() },
        "Show answer ", h("kbd", {}, "Space"))
      const answer = h("div", { class: "pq-answer", hidden: true, tabindex: "-1", "aria-label": "Answer" })
      const dueNote = !card ? "New question" : card.due <= today() ? `Due ${card.due === today() ? "today" : `since ${card.due}`}` : `Due ${card.due}`
      const cardNode = h("article", { class: "pq-card", "aria-labelledby": titleId, "data-question": question.id },
        h("p", { class: "pq-card-meta" },
          h("a", { href: siteUrl(category.url) }, category.title), " · ",
          h("span", { class: `pq-badge pq-badge--${question.difficulty}` }, question.difficulty), " ",
          h("span", { class: "pq-badge pq-badge--kind" }, question.kind), " · ",
          h("span", { class: "pq-due-note" }, dueNote)),
        questionText(question, "h2", { class: "pq-question", id: titleId, tabindex: "-1" }),
        markButtons(question.id, () => renderStatus()),
        h("p", { class: "pq-think" }, "Answer out loud or on paper first, then check."),
        reveal, answer)
      cardBox.replaceChildren(cardNode)

      function showAnswer() {
        if (state.revealed || state.current !== question) return
        state.revealed = true
        const day = today()
        const again = gradedToday(loadStore().cards[question.id], day)
        answer.hidden = false
        answer.append(
          h("section", { class: "pq-section" }, h("h3", {}, "How to answer"), richHtml(question.how_to_answer_html)),
          h("section", { class: "pq-section" }, h("h3", {}, "Sample answer"), richHtml(question.sample_answer_html)),
          h("details", { class: "pq-section pq-look" }, h("summary", {}, "What to look for"), richHtml(question.what_to_look_for_html)),
          h("p", {}, h("a", { href: siteUrl(question.url) }, "Open this question on its page")),
          gradeButtons(question, again))
        reveal.remove()
        answer.focus({ preventScroll: true })
        answer.scrollIntoView({ block: "nearest" })
      }
    }

    function gradeButtons(question, again) {
      const card = loadStore().cards[question.id]
      const day = today()
      const legend = again
        ? "How well did you answer? (Graded earlier today: this practice run does not change its schedule.)"
        : "How well did you answer?"
      const legendId = newId("pq-grade")
      return h("div", { class: "pq-grades", role: "group", "aria-labelledby": legendId },
        h("p", { id: legendId, class: "pq-grades-legend" }, legend),
        GRADES.map((grade, index) => {
          const when = again ? (grade.quality < 4 ? "again soon" : "done") : inDays(sm2(card, grade.quality, day, 0).interval)
          return h("button", { type: "button", class: `pq-btn pq-grade pq-grade--${grade.key}`, "data-grade": grade.key,
            "aria-keyshortcuts": String(index + 1), onclick: () => rate(grade) },
          h("span", { class: "pq-grade-label" }, grade.label, " ", h("kbd", {}, String(index + 1))),
          h("span", { class: "pq-grade-when" }, when))
        }))
    }

    function rate(grade) {
      const question = state.current
      if (!question || !state.revealed) return
      const store = loadStore()
      const day = today()
      const already = gradedToday(store.cards[question.id], day)
      let message
      if (!already) {
        store.cards[question.id] = sm2(store.cards[question.id], grade.quality, day, Date.now())
        const saved = saveStore(store)
        const due = store.cards[question.id].due
        message = `${grade.label}: next review ${inDays(daysBetween(day, due))} (${due}).` +
          (saved ? "" : " This browser does not let the page save progress.")
      } else {
        message = `${grade.label}: practice only, the schedule set earlier today stays.`
      }
      // SM-2's same-day repetition: cards graded below Good come back after a few others.
      if (grade.quality < 4) state.queue.splice(Math.min(3, state.queue.length), 0, question.id)
      state.reviewed += 1
      announce.textContent = message
      next()
      cardBox.querySelector(".pq-reveal, .pq-done-title")?.focus()
    }

    session = {
      root,
      reveal: () => cardBox.querySelector(".pq-reveal")?.click(),
      grade: index => state.revealed && GRADES[index] && rate(GRADES[index]),
    }

    cardBox.before(announce)
    restart()
    mountDataTools(dataBox, () => { state.queue = buildQueue(); next() })
  }

  // Export and import of the progress store.
  function mountDataTools(box, onImport) {
    if (!box) return
    const message = h("p", { class: "pq-data-message", role: "status", "aria-live": "polite" })
    const fileId = newId("pq-import")
    const replaceId = newId("pq-replace")
    const file = h("input", { type: "file", id: fileId, accept: ".json,application/json", class: "pq-file" })
    const replace = h("input", { type: "checkbox", id: replaceId })

    const exportButton = h("button", { type: "button", class: "pq-btn", onclick: () => {
      const store = loadStore()
      const data = { format: FILE_FORMAT, version: 1, exported: new Date().toISOString(), cards: store.cards, marks: store.marks }
      const blob = new Blob([JSON.stringify(data, null, 1)], { type: "application/json" })
      const link = h("a", { href: URL.createObjectURL(blob), download: `ml-interview-progress-${today()}.json` })
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(link.href), 10000)
      message.textContent = `Exported ${plural(Object.keys(store.cards).length, "reviewed question")} and your marks.`
    } }, "Export progress")

    file.addEventListener("change", async () => {
      const chosen = file.files[0]
      if (!chosen) return
      try {
        if (chosen.size > 5e6) throw new Error("the file is larger than 5 MB")
        let data
        try { data = JSON.parse(await chosen.text()) } catch { throw new Error("the file is not JSON") }
        const imported = validStore(data)
        const result = replace.checked ? imported : mergeStores(loadStore(), imported)
        if (!saveStore(result)) throw new Error("this browser does not let the page save progress")
        const n = Object.keys(imported.cards).length
        message.textContent = `${replace.checked ? "Replaced your progress with" : "Merged"} ${plural(n, "reviewed question")} from ${chosen.name}.`
        onImport()
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
      message)
  }

  /* ---------------------------------------------------------------- home page */

  async function mountHome(content) {
    const slots = Object.fromEntries(["due", "qotd", "random", "progress"].map(n => [n, content.querySelector(`[data-pq-${n}]`)]))
    let bank
    try { bank = await loadBank() } catch (error) {
      for (const slot of Object.values(slots)) if (slot) bankError(slot, error)
      return
    }
    if (!content.isConnected) return
    const store = loadStore()
    const day = today()

    const summary = question => {
      const category = bank.categoryById.get(question.category)
      return h("div", { class: "pq-teaser", "data-question": question.id },
        h("p", { class: "pq-teaser-q" }, h("a", { href: siteUrl(question.url) }, questionText(question))),
        h("p", { class: "pq-card-meta" }, category.title, " · ",
          h("span", { class: `pq-badge pq-badge--${question.difficulty}` }, question.difficulty), " ",
          h("span", { class: "pq-badge pq-badge--kind" }, question.kind)))
    }

    if (slots.due) {
      const due = bank.questions.filter(q => store.cards[q.id]?.due <= day).length
      const fresh = bank.questions.filter(q => !store.cards[q.id]).length
      slots.due.replaceChildren(h("p", { class: "pq-due" },
        h("strong", { "data-stat": "due" }, String(due)), ` ${due === 1 ? "card is" : "cards are"} due today and `,
        h("strong", { "data-stat": "new" }, String(fresh)), ` ${fresh === 1 ? "question is" : "questions are"} new.`))
    }
    if (slots.qotd) {
      slots.qotd.replaceChildren(summary(bank.questions[hash(day) % bank.questions.length]))
    }
    if (slots.random) {
      const shown = h("div", { class: "pq-random-shown", "aria-live": "polite" })
      const button = h("button", { type: "button", class: "pq-btn", onclick: () => {
        const pick = bank.questions[Math.floor(Math.random() * bank.questions.length)]
        shown.replaceChildren(summary(pick))
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

  /* ---------------------------------------------------------------- interview kit */

  const SCORES = [
    [1, "No or wrong answer"],
    [2, "Partial, with gaps"],
    [3, "Solid and correct"],
    [4, "Excellent: depth, trade-offs, follow-ups handled"],
  ]

  async function mountKit(root) {
    const [pickerBox, orderBox, sheetBox] = ["picker", "order", "sheet"].map(n => root.querySelector(`[data-kit-${n}]`))
    pickerBox.replaceChildren(h("p", { class: "pq-loading" }, "Loading the questions…"))
    let bank
    try { bank = await loadBank() } catch (error) { return bankError(pickerBox, error) }
    if (!root.isConnected) return

    // The selection, in interview order; the URL's ?questions= holds it so that a sheet can be
    // shared. (Not ?q=: Material's search reads that one and opens the search box with it.)
    const requested = (new URLSearchParams(location.search).get("questions") ?? "").split(",").filter(Boolean)
    let selection = [...new Set(requested)].filter(id => bank.byId.has(id))
    const unknown = requested.length - selection.length

    const names = ["category", "difficulty", "role", "kind"]
    const searchId = newId("kit-search")
    const search = h("input", { type: "search", id: searchId, class: "pq-search", autocomplete: "off", oninput: () => renderList() })
    const matchCount = h("p", { class: "pq-shown", "aria-live": "polite" })
    const list = h("ul", { class: "kit-list", "aria-label": "Matching questions" })
    const form = h("form", { class: "pq-filterbar", "aria-label": "Find questions", onsubmit: e => e.preventDefault() },
      h("div", { class: "pq-fields" },
        names.map(n => filterSelect(n, optionsFor(n, bank), "", () => renderList())),
        h("div", { class: "pq-field pq-field--wide" }, h("label", { for: searchId }, "Search question text"), search)),
      h("div", { class: "pq-row" }, matchCount,
        h("button", { type: "button", class: "pq-btn pq-small", onclick: () => randomBalanced() }, "Random 8, balanced across categories"),
        h("button", { type: "button", class: "pq-btn pq-small", onclick: () => { selection = []; changed() } }, "Clear selection")))
    pickerBox.replaceChildren(form, list)

    function visibleQuestions() {
      const filters = readFilters(form)
      const words = search.value.toLowerCase().split(/\s+/).filter(Boolean)
      return bank.questions.filter(q => matches(q, filters, null) && words.every(w => q.question.toLowerCase().includes(w)))
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
      selection = picked.sort((a, b) => rank.get(bank.byId.get(a).category) - rank.get(bank.byId.get(b).category))
      changed()
    }

    const orderList = h("ol", { class: "kit-order" })
    const printButton = h("button", { type: "button", class: "pq-btn pq-btn--primary", onclick: () => window.print() }, "Print the sheet")
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

    function renderSheet() {
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
              h("div", { class: "kit-look" }, h("h4", {}, "What to look for"), richHtml(q.what_to_look_for_html)),
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
      replaceQuery(selection.length ? { questions: selection.join(",") } : {})
      link.value = location.href
      renderOrder()
      renderSheet()
      if (!keepList) renderList()
    }

    changed()
  }

  /* ---------------------------------------------------------------- wiring */

  // Space reveals and 1-4 grade on the practice page, except while typing in a field or
  // when a control has the focus (Space must still press a focused button).
  document.addEventListener("keydown", event => {
    if (!session || !session.root.isConnected) return
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return
    const target = event.target
    if (target.closest?.("input, select, textarea, [contenteditable], .md-search")) return
    if (event.key === " " && !target.closest?.("button, a, summary")) {
      if (document.querySelector(".pq-reveal")) { event.preventDefault(); session.reveal() }
    } else if (/^[1-4]$/.test(event.key)) {
      session.grade(Number(event.key) - 1)
    }
  })

  // Material emits on the first page and after every instant navigation; each page's
  // containers are new then, so handlers are bound to fresh elements only.
  document$.subscribe(() => {
    if (session && !session.root.isConnected) session = null
    const content = document.querySelector(".md-content__inner")
    if (!content) return
    const practice = content.querySelector("[data-pq-practice]")
    const kit = content.querySelector("[data-kit]")
    if (practice && firstTime(practice, "practice")) mountPractice(practice)
    if (kit && firstTime(kit, "kit")) mountKit(kit)
    if (content.querySelector("[data-pq-due], [data-pq-qotd], [data-pq-random], [data-pq-progress]") && firstTime(content, "home")) mountHome(content)
    if (content.querySelector("h2.q-title") && firstTime(content, "category")) mountCategoryPage(content)
  })
})()
