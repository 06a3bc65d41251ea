// The search worker behind the theme's header search box. It speaks the theme's worker
// messages (0 setup, 1 ready, 2 query, 3 result): it says "ready" at once, and only on the
// first query that has words does it load the engine (MiniSearch), the query rules
// (query.js) and the index (search/index.json). A page that nobody searches loads none.
// The ranking is engine.js's.

const READY = 1
const QUERY = 2
const RESULT = 3
const ROOT = new URL("../../../", self.location)  // this file is assets/js/search/worker.js

let searcher = null
let latest = 0

postMessage({ type: READY })

addEventListener("message", async ({ data: message }) => {
  if (message?.type !== QUERY) return
  const ticket = ++latest
  const query = String(message.data ?? "")
  let data = { items: [] }
  if (query.trim()) {
    searcher ??= load()
    try {
      data = (await searcher)(query)
    } catch (error) {
      searcher = null  // a failed download is tried again on the next query
      console.warn("search:", error)
    }
  }
  // The query rides along (the theme ignores it): tests know which query a result answers.
  if (ticket === latest) postMessage({ type: RESULT, data: { ...data, query } })
})

async function load() {
  const [{ default: MiniSearch }, rules, { engine }, index] = await Promise.all([
    import("../../vendor/minisearch/minisearch.js"),
    import("./query.js"),
    import("./engine.js"),
    fetch(new URL("search/index.json", ROOT)).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.url}`)
      return response.json()
    }),
  ])
  return engine(index, { MiniSearch, rules })
}
