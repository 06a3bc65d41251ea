// Category pages: "Known" / "Review later" under each question and a filter bar, both drawn
// at build (macros/templates/filterbar.html.j2). The badges under each question carry what
// the filters need, so these pages fetch no data.
import { plural, siteUrl } from "./dom.js"
import { clearFilters, filtersFromUrl, matches, readFilters, replaceQuery } from "./filters.js"
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
    const kindBadge = badge(".q-badge--kind")
    // The question's parts: the heading and what follows it, up to and including its answer.
    const parts = [heading]
    for (let node = heading.nextElementSibling; node && !node.matches("h2"); node = node.nextElementSibling) {
      parts.push(node)
      if (node.matches("details.answer")) break
    }
    return {
      id: heading.id, heading, meta, parts, difficulty,
      roles: [...(meta?.querySelectorAll(".q-badge--role") ?? [])].map(b => b.dataset.role),
      kind: kindBadge?.dataset.kind ?? "",
      indexItem: indexItems.get(heading.id) ?? null,
      tocItem: tocItems.get(heading.id) ?? null,
    }
  })
}

function mountCategoryPage(content, form) {
  const questions = pageQuestions(content)
  if (!questions.length) return
  // The buttons and the filter bar are in the page already (drawn at build): wire them up.
  for (const q of questions) {
    const group = q.parts.find(node => node.matches(".pq-marks"))
    if (group) markButtons(q.id, () => apply(), group)
  }
  // Filters come from and go to the address, so a filtered page can be linked to.
  const selects = [...form.querySelectorAll("select[data-filter]")]
  const initial = filtersFromUrl(selects.map(s => s.dataset.filter))
  for (const select of selects) {
    if ([...select.options].some(o => o.value === initial[select.dataset.filter])) select.value = initial[select.dataset.filter]
    select.addEventListener("change", () => apply())
  }
  const count = form.querySelector(".pq-shown")
  const category = location.pathname.match(/questions\/([^/]+)\/?$/)?.[1]
  const practise = form.querySelector("a.pq-link")
  form.addEventListener("submit", e => e.preventDefault())
  form.querySelector("[data-pq-clear]").addEventListener("click", () => { clearFilters(form); apply() })

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

  apply()
  form.dataset.ready = ""
}

const content = document.querySelector(".md-content__inner")
const form = content?.querySelector("form.pq-filterbar")
if (form) mountCategoryPage(content, form)
