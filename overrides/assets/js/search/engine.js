// The search engine behind the worker: the built index (search/index.json) loaded into
// MiniSearch, queries read by query.js, results in the theme's shape. A module of its own so
// that the tests and the benchmark run the same ranking under Node.
//
// Ranking: BM25+ over question title, tags and body; any word may match (OR), so a pasted
// interview question finds its entry; the last word may be unfinished; long words forgive a
// typo; synonyms count a little less than the words typed.

const LIMIT = 20

/** A function from a query to the theme's search result ({ items }), over `index`. */
export function engine(index, { MiniSearch, rules }) {
  const lexicon = rules.compile(index.lexicon)
  // The build read every entry into terms (macros/terms.py, query.js's twin): load them.
  const mini = MiniSearch.loadJS(index.index, { fields: ["t", "k", "b"], processTerm: (term) => term })
  return (query) => search(query, { mini, rules, lexicon, index })
}

function search(query, { mini, rules, lexicon, index }) {
  const { typed, keys } = rules.analyse(query, lexicon)
  if (!typed.length && !keys.length) return { items: [] }
  const open = !/\s$/.test(query)
  const terms = [...new Set(keys), ...typed]  // the last is the last word typed
  const hits = mini.search(terms.join(" "), {
    tokenize: (text) => text.split(" "),
    combineWith: "OR",
    boost: { t: 2, k: 1.5, b: 1 },
    prefix: (term, i, all) => open && i === all.length - 1 && term.length > 1 && !term.startsWith("="),
    // typos are forgiven in a few typed words, not in a pasted question (where they add noise)
    fuzzy: (term) => (typed.length <= 4 && term.length > 5 && !term.startsWith("=") ? 0.2 : false),
    weights: { fuzzy: 0.4, prefix: 0.6 },
  })
  if (!hits.length) return { items: [] }
  const floor = hits[0].score * 0.1
  const marks = rules.highlighter(query, lexicon, { prefix: open })
  const matched = Object.fromEntries(
    rules.words(query).filter((word) => marks(word)).map((word) => [word, true]),
  )
  const items = hits
    .filter((hit) => hit.score >= floor)
    .slice(0, LIMIT)
    .map((hit) => {
      const doc = index.docs[hit.id]
      const item = {
        location: doc.u,
        title: mark(doc.t, marks),
        text: snippet(doc.b, marks),
        score: hit.score,
        terms: matched,
      }
      if (doc.p === undefined) return [item]
      // The theme shows a result as its page (a heading) with the entry under it.
      const [location, title] = index.pages[doc.p]
      return [item, { location, title: escape(title), text: "", score: 0, terms: {} }]
    })
  return { items }
}

const WORDS = /[\p{L}\p{N}]+/gu

function escape(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** `text` as HTML, with every whole word that `marks` accepts in <mark>. */
function mark(text, marks) {
  let out = ""
  let at = 0
  for (const match of text.matchAll(WORDS)) {
    if (!marks(match[0])) continue
    out += escape(text.slice(at, match.index)) + `<mark>${escape(match[0])}</mark>`
    at = match.index + match[0].length
  }
  return out + escape(text.slice(at))
}

/** About 30 words of `text` around the most query words, marked, as HTML. */
function snippet(text, marks, size = 30) {
  const spans = [...text.matchAll(WORDS)]
  if (!spans.length) return ""
  const hit = spans.map((m) => marks(m[0]))
  let best = 0
  let bestScore = -1
  for (let start = 0; start < spans.length; start += 5) {
    const seen = new Set()
    for (let i = start; i < Math.min(spans.length, start + size); i++) {
      if (hit[i]) seen.add(spans[i][0].toLowerCase())
    }
    const score = seen.size * 2 + (start === 0 ? 1 : 0)
    if (score > bestScore) [best, bestScore] = [start, score]
    if (start + size >= spans.length) break
  }
  const from = best === 0 ? 0 : spans[best].index
  const last = spans[Math.min(spans.length, best + size) - 1]
  const to = best + size >= spans.length ? text.length : last.index + last[0].length
  return `<p>${from > 0 ? "… " : ""}${mark(text.slice(from, to), marks)}${to < text.length ? " …" : ""}</p>`
}
