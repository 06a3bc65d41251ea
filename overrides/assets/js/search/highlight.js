// Arriving from a search result (the theme adds ?h=<words> to its links): open the answer
// of the question reached and mark the searched words in it, whole words only, in any
// spelling the search folds. Pages reached otherwise are left alone.
// It loads on every page, so it imports its helpers only when it has work to do.
const words = new URL(location.href).searchParams.get("h")
if (words) arrive(words)

async function arrive(query) {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null
  const scope = target ? section(target) : [document.querySelector(".md-content article")].filter(Boolean)
  for (const node of scope) {
    const answer = node.matches?.("details") ? node : node.querySelector?.("details")
    if (answer && !answer.open) answer.open = true
  }
  const [{ siteRoot }, { highlighter, loadLexicon }] = await Promise.all([
    import("../lib/site-key.js"), import("./query.js"),
  ])
  const marks = highlighter(query, await loadLexicon(siteRoot()), { prefix: false })
  for (const node of scope) markWords(node, marks)
}

/** The heading `target` and what follows it up to the next heading of its level or higher. */
function section(target) {
  const level = /^H([1-6])$/.exec(target.tagName)?.[1]
  if (!level) return [target]
  const nodes = [target]
  for (let node = target.nextElementSibling; node; node = node.nextElementSibling) {
    const other = /^H([1-6])$/.exec(node.tagName)?.[1]
    if (other && other <= level) break
    nodes.push(node)
  }
  return nodes
}

function markWords(root, marks) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest("script, style, mark, .katex-mathml, code")
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  })
  const nodes = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node)
  for (const node of nodes) {
    const text = node.textContent
    const parts = []
    let at = 0
    for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      if (!marks(match[0])) continue
      parts.push(text.slice(at, match.index))
      const mark = document.createElement("mark")
      mark.dataset.mdHighlight = ""
      mark.textContent = match[0]
      parts.push(mark)
      at = match.index + match[0].length
    }
    if (!parts.length) continue
    parts.push(text.slice(at))
    node.replaceWith(...parts)
  }
}
