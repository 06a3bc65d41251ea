// Text to search terms: the one place where typed words and page text become comparable,
// for the search worker and for any page that filters by typed words. What it knows comes
// from search/lexicon.json, built from the guide: stop words, spelling folds (British and
// American, plurals) and synonym groups. A phrase of a synonym group adds the group's key
// (a term starting with "=", which no text produces by itself) to the terms.

/** The built lexicon of the site whose root URL is `rootUrl`, ready for `terms`/`matches`. */
export async function loadLexicon(rootUrl) {
  const response = await fetch(new URL("search/lexicon.json", rootUrl))
  if (!response.ok) throw new Error(`search lexicon: ${response.status} ${response.url}`)
  return compile(await response.json())
}

/** A lexicon from its JSON form: { stop_words, folds: [[regex, replacement]], synonyms }. */
export function compile({ stop_words = [], folds = [], synonyms = [] } = {}) {
  const lexicon = {
    stop: new Set(stop_words),
    folds: folds.map(([pattern, replacement]) => [new RegExp(pattern, "u"), replacement]),
    phrases: new Map(),  // first term of a phrase -> [{ terms, key }]
    folded: new Map(),   // cache: word -> its folded form
  }
  for (const group of synonyms) {
    const key = "=" + words(group[0]).map((w) => fold(w, lexicon)).join("-")
    for (const phrase of group) {
      const terms = words(phrase).map((w) => fold(w, lexicon))
      if (!terms.length) continue
      const known = lexicon.phrases.get(terms[0]) ?? []
      if (!known.some((p) => p.key === key && p.terms.join(" ") === terms.join(" "))) known.push({ terms, key })
      lexicon.phrases.set(terms[0], known)
    }
  }
  return lexicon
}

const WORD = /[\p{L}\p{N}]+/gu

/** The words of `text`, lower-case, accents removed. */
export function words(text) {
  return String(text).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().match(WORD) ?? []
}

/** One word's folded form: the key British and American spellings and plurals share. */
export function fold(word, lexicon) {
  let out = lexicon.folded.get(word)
  if (out === undefined) {
    out = word
    for (const [pattern, replacement] of lexicon.folds) out = out.replace(pattern, replacement)
    lexicon.folded.set(word, out)
  }
  return out
}

function kept(term, lexicon) {
  return term.length > 1 && !lexicon.stop.has(term)
}

/**
 * `text` read by the lexicon: `typed`, the folded words that carry meaning, in order; `keys`,
 * the synonym keys of the phrases found; `spans`, where each key's phrase sits among `all`
 * (every folded word, stop words included).
 */
export function analyse(text, lexicon) {
  const all = words(text).map((w) => fold(w, lexicon))
  const spans = []
  all.forEach((term, start) => {
    for (const { terms, key } of lexicon.phrases.get(term) ?? []) {
      if (!terms.every((t, j) => all[start + j] === t)) continue
      // "nearest neighbours" inside "k-nearest neighbours" is the same mention
      if (!spans.some((s) => s.key === key && s.start <= start && start < s.end)) {
        spans.push({ start, end: start + terms.length, key })
      }
    }
  })
  return { all, spans, typed: all.filter((t) => kept(t, lexicon)), keys: spans.map((s) => s.key) }
}

/** The search terms of `text`: folded words without stop words, then synonym keys. */
export function terms(text, lexicon) {
  const { typed, keys } = analyse(text, lexicon)
  return [...typed, ...keys]
}

const cache = new Map()

function termSet(text, lexicon) {
  let set = cache.get(text)
  if (!set || set.lexicon !== lexicon) {
    set = Object.assign(new Set(terms(text, lexicon)), { lexicon })
    if (cache.size > 5000) cache.clear()
    cache.set(text, set)
  }
  return set
}

/**
 * True when `text` answers `query`: every meaningful word of the query is in the text, in
 * any spelling, or through a synonym; the last word may be unfinished (a prefix) unless the
 * query ends with a space. A query of stop words only matches everything.
 */
export function matches(query, text, lexicon) {
  const { all, spans } = analyse(query, lexicon)
  const have = termSet(text, lexicon)
  const wanted = all.map((t, i) => [t, i]).filter(([t]) => kept(t, lexicon))
  const open = !/\s$/.test(query)
  return wanted.every(([term, i], n) => {
    if (have.has(term)) return true
    if (spans.some((s) => s.start <= i && i < s.end && have.has(s.key))) return true
    if (open && n === wanted.length - 1) for (const t of have) if (t.startsWith(term)) return true
    return false
  })
}

/**
 * A test for words of a page or snippet: true for a word that is one of the query's
 * meaningful words in any spelling (or, for the last, starts like it). Whole words only.
 */
export function highlighter(query, lexicon, { prefix = !/\s$/.test(query) } = {}) {
  const { typed } = analyse(query, lexicon)
  const wanted = new Set(typed)
  const last = prefix ? typed.at(-1) : undefined
  return (word) => {
    const term = fold(words(word)[0] ?? "", lexicon)
    if (!kept(term, lexicon)) return false
    return wanted.has(term) || (last !== undefined && last.length > 2 && term.startsWith(last))
  }
}
