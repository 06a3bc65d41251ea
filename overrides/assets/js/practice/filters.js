// Filters shared by the practice page, the category pages and the kit: the selects, the
// test each question passes, and their place in the address (?category=...&difficulty=...).
import { h, labelOf, newId } from "./dom.js"
import { markOf } from "./store.js"

export const FILTERS = {
  category: { label: "Category", any: "All categories" },
  difficulty: { label: "Difficulty", any: "Any difficulty" },
  role: { label: "Role", any: "Any role" },
  kind: { label: "Kind", any: "Any kind" },
  tag: { label: "Tag", any: "Any tag" },
  mark: { label: "Your marks", any: "Any" },
}
export const MARK_OPTIONS = [["later", "Review later"], ["unmarked", "Not marked"], ["not-known", "Not known"], ["known", "Known"]]

/** The guide's own labels for the values in use, in the guide's order (ids as a fallback). */
function declared(labels, used) {
  const inUse = new Set(used)
  const known = (labels ?? []).filter(l => inUse.has(l.id)).map(l => [l.id, l.label])
  const rest = [...inUse].filter(v => !known.some(([id]) => id === v)).sort().map(v => [v, labelOf(v)])
  return [...known, ...rest]
}

/** [value, text] pairs for one filter, from the bank. */
export function optionsFor(name, bank) {
  const counted = values => {
    const counts = new Map()
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
    return counts
  }
  switch (name) {
    case "category": return bank.categories.map(c => [c.id, c.title])
    case "difficulty": return ["easy", "medium", "hard"].map(d => [d, d])
    case "role": return declared(bank.roles, bank.questions.flatMap(q => q.roles))
    case "kind": return declared(bank.kinds, bank.questions.map(q => q.kind))
    case "tag": return [...counted(bank.questions.flatMap(q => q.tags))].sort(([a], [b]) => a.localeCompare(b))
      .map(([tag, n]) => [tag, `${tag} (${n})`])
    case "mark": return MARK_OPTIONS
  }
  return []
}

export function filterSelect(name, options, value, onchange) {
  const id = newId(`pq-filter-${name}`)
  const select = h("select", { id, name, "data-filter": name, onchange },
    h("option", { value: "" }, FILTERS[name].any),
    options.map(([key, text]) => h("option", { value: key, selected: key === value }, text)))
  return h("div", { class: "pq-field" }, h("label", { for: id }, FILTERS[name].label), select)
}

/** `item`: any object with difficulty, kind, roles and (optionally) category, tags and id. */
export function matches(item, filters, store) {
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
export const clearFilters = form => { for (const select of form.querySelectorAll("select[data-filter]")) select.value = "" }

export const readFilters = form =>
  Object.fromEntries([...form.querySelectorAll("select[data-filter]")].map(s => [s.dataset.filter, s.value]).filter(([, v]) => v))

export function filtersFromUrl(names) {
  const params = new URLSearchParams(location.search)
  return Object.fromEntries(names.map(n => [n, params.get(n) ?? ""]).filter(([, v]) => v))
}

/** Sets the query string without a new history entry. */
export function replaceQuery(params) {
  const url = new URL(location.href)
  url.search = new URLSearchParams(params).toString().replace(/%2C/g, ",")
  if (url.href !== location.href) history.replaceState(history.state, "", url)
}
