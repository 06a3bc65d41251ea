// The bank, fetched from the site: the full questions.json (practice and kit pages) or the
// compact questions-index.json (home page: ids, questions, categories and links only).
import { siteUrl } from "./dom.js"

async function loadJson(name) {
  const response = await fetch(siteUrl(name))
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`)
  const bank = await response.json()
  bank.byId = new Map(bank.questions.map(q => [q.id, q]))
  bank.categoryById = new Map(bank.categories.map(c => [c.id, c]))
  return bank
}

export const loadBank = () => loadJson("questions.json")
export const loadIndex = () => loadJson("questions-index.json")
