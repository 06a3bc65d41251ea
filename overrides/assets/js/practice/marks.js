// Category pages: "Known" / "Review later" under each question and a filter bar. The badges
// under each question carry what the filters need, so these pages fetch no data.
import { h, plural, siteUrl } from "./dom.js"
import { clearFilters, filterSelect, filtersFromUrl, matches, MARK_OPTIONS, readFilters, replaceQuery } from "./filters.js"
import { markButtons } from "./mark-buttons.js"
import { siteProgress } from "./store.js"

function pageQuestions(content) {
  // Index entries by the anchor they point to (compare hashes: links may be absolute).
  const byHash = links => new Map([...links].map(a => [decodeURIComponent(a.hash.slice(1)), a.closest("li")]))
  const indexItems = byHash(content.querySelectorAll("nav.q-index a[href*='#']"))
  const tocItems = byHash(document.querySelectorAll(".md-sidebar--secondary .md-nav__link[href*='#']"))
  return [...content.querySelectorAll("h2.q-title[id]")].map(heading => {
    const meta = heading.nextElementSibling?.classList.contains("q-meta") ? heading.nextElementSibling : null
    const badge = selector => meta?.querySelector(selector)
    const difficulty = ["easy", "medium", "hard"].find(d => badge(`.q-badge--${d}`)) ?? ""
    // Ids from data attributes, labels (the guide's words) from the badges' text.
    const roleBadges = [...(meta?.querySelectorAll(".q-badge--role") ?? [])]
    const kindBadge = badge(".q-badge--kind")
    // The question's parts: the heading and what follows it, up to and including its answer.
    const parts = [heading]
    for (let node = heading.nextElementSibling; node && !node.matches("h2"); node = node.nextElementSibling) {
      parts.push(node)
      if (node.matches("details.answer")) break
    }
    return {
      id: heading.id, heading, meta, parts, difficulty,
      roles: roleBadges.map(b => b.dataset.role),
      roleLabels: roleBadges.map(b => [b.dataset.role, b.textContent.trim()]),
      kind: kindBadge?.dataset.kind ?? "",
      kindLabel: kindBadge ? [kindBadge.dataset.kind, kindBadge.textContent.trim()] : null,
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
  const labelled = pairs => [...new Map(pairs.filter(Boolean)).entries()].sort(([a], [b]) => a.localeCompare(b))
  const options = {
    difficulty: ["easy", "medium", "hard"].filter(d => collect("difficulty").includes(d)).map(d => [d, d]),
    role: labelled(questions.flatMap(q => q.roleLabels)),
    kind: labelled(questions.map(q => q.kindLabel)),
    mark: MARK_OPTIONS,
  }
  // Filters come from and go to the address, so a filtered page can be linked to.
  const initial = filtersFromUrl(names)
  const count = h("p", { class: "pq-shown", "aria-live": "polite" })
  const category = location.pathname.match(/questions\/([^/]+)\/?$/)?.[1]
  const practise = h("a", { class: "pq-link", href: siteUrl("practice/") }, "Practise these questions")
  const clear = h("button", { type: "button", class: "pq-btn pq-small" }, "Clear filters")
  const form = h("form", { class: "pq-filterbar", "aria-label": "Filter the questions on this page", onsubmit: e => e.preventDefault() },
    h("div", { class: "pq-fields" }, names.map(n => filterSelect(n, options[n], initial[n] ?? "", () => apply()))),
    h("div", { class: "pq-row" }, count, clear, practise))
  clear.addEventListener("click", () => { clearFilters(form); apply() })

  function apply() {
    const filters = readFilters(form)
    const store = siteProgress().load()
    let shown = 0
    for (const q of questions) {
      const visible = matches(q, filters, store)
      shown += visible
      for (const node of [...q.parts, q.indexItem, q.tocItem]) node?.classList.toggle("pq-hidden", !visible)
    }
    count.textContent = `${shown} of ${plural(questions.length, "question")} shown`
    replaceQuery(filters)
    const params = { ...(category ? { category } : {}), ...filters }
    delete params.mark
    practise.href = siteUrl(`practice/?${new URLSearchParams(params)}`)
  }

  const toolbar = content.querySelector(".q-toolbar")
  if (toolbar) toolbar.before(form)
  else content.querySelector("h1")?.after(form)
  apply()
}

const content = document.querySelector(".md-content__inner")
if (content?.querySelector("h2.q-title")) mountCategoryPage(content)
