// The bank as the site's scripts fetch it: the small files macros/practice_data.py writes
// (same paths), each fetched once per page and only by the page that needs it.
import { siteUrl } from "./dom.js"

const fetched = new Map()

/** A JSON file of the site, fetched once per page; one that failed is tried again next time. */
export function fetchJson(name) {
  if (!fetched.has(name)) {
    const pending = fetch(siteUrl(name)).then(response => {
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`)
      return response.json()
    })
    pending.catch(() => fetched.delete(name))
    fetched.set(name, pending)
  }
  return fetched.get(name)
}

/** The n-th question (id, text, category, address), from the index file that holds it. */
export async function nthQuestion(summary, n) {
  const part = await fetchJson(`bank/index/${Math.floor(n / summary.index_shard)}.json`)
  return part.questions[n % summary.index_shard]
}

/** Each category's question ids: {category id: [question id]}. */
export const categoryIds = async () => (await fetchJson("bank/ids.json")).categories

/** The practice and kit pages' bank: every question without its answers. `withAnswers(ids)`
 * fetches the answers of those questions' categories and adds them to the questions. */
export async function loadBank() {
  const bank = await fetchJson("bank/questions.json")
  bank.byId = new Map(bank.questions.map(q => [q.id, q]))
  bank.categoryById = new Map(bank.categories.map(c => [c.id, c]))
  bank.withAnswers = ids => {
    const categories = new Set(ids.map(id => bank.byId.get(id)?.category).filter(Boolean))
    return Promise.all([...categories].map(async category => {
      const file = await fetchJson(`bank/answers/${category}.json`)
      for (const [id, answer] of Object.entries(file.questions)) if (bank.byId.has(id)) Object.assign(bank.byId.get(id), answer)
    }))
  }
  return bank
}
