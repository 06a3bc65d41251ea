// Times both search engines under Node over one built site (see search.py): the time from
// the index's bytes to the first result, and the median time of a query afterwards.
// Usage: node search.mjs SITE THEME_INDEX THEME_WORKER QUERIES
import { readFileSync } from "node:fs"
import { pathToFileURL } from "node:url"
import vm from "node:vm"

const [site, themeIndex, themeWorker, queriesFile] = process.argv.slice(2)
const queries = JSON.parse(readFileSync(queriesFile, "utf8"))

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function timed(run) {
  const start = performance.now()
  await run()
  return performance.now() - start
}

async function measure(setup) {
  let search
  const bytes = { short: [], full: [] }
  const first = await timed(async () => {
    search = await setup()
    await search(queries.short[0])
  })
  for (const kind of ["short", "full"]) {
    for (const query of queries[kind]) bytes[kind].push(await timed(() => search(query)))
  }
  return { first, short: median(bytes.short), full: median(bytes.full) }
}

async function ours() {
  const asset = (path) => pathToFileURL(`${site}/${path}`).href
  const { default: MiniSearch } = await import(asset("assets/vendor/minisearch/minisearch.js"))
  const rules = await import(asset("assets/js/search/query.js"))
  const { engine } = await import(asset("assets/js/search/engine.js"))
  const text = readFileSync(`${site}/search/index.json`, "utf8")
  return measure(async () => engine(JSON.parse(text), { MiniSearch, rules }))
}

async function theme() {
  // The theme's worker in a context of its own, spoken to as the theme's page does.
  const source = readFileSync(themeWorker, "utf8")
  const text = readFileSync(themeIndex, "utf8")
  let reply = null
  const context = { console, setTimeout, clearTimeout, URL, TextEncoder, TextDecoder }
  context.self = context
  context.addEventListener = (type, listener) => { if (type === "message") context.listener = listener }
  context.postMessage = (message) => reply?.(message)
  vm.createContext(context)
  vm.runInContext(source, context)
  const send = (message) => new Promise((resolve) => {
    reply = resolve
    context.listener({ data: message })
  })
  return measure(async () => {
    const { config, docs } = JSON.parse(text)
    await send({ type: 0, data: { config, docs, options: { suggest: true } } })
    return (query) => send({ type: 2, data: query })
  })
}

process.stdout.write(JSON.stringify({ ours: await ours(), theme: await theme() }))
