// The progress store: FSRS cards, "Known"/"Review later" marks and settings, kept in this
// browser's localStorage under a key of this site only (version 2). On first load, progress
// saved by the first release under a legacy key (named by the guide's config) is converted.
// A saved store that fails its checks is never overwritten: its text is first set aside
// under a key of its own, and the pages tell the reader and offer it as a file.
//
//   cards: { [question id]: { due, stability, difficulty, scheduled_days, learning_steps,
//            reps, lapses, state, last_review, sm2? } }   (times in ms; sm2: migrated record)
//   marks: { [question id]: { mark: "known" | "later" | null, at: ms } }
//   settings: { retention?: 0.7 ... 0.99 }
// A cleared mark is kept as null with its time, so that merging an import cannot bring it back.
import { siteKey } from "../lib/site-key.js"
import { migrateV1, validMark, validV1, validV1Card } from "./migrate.js"

export const FORMAT = "guide-progress"
export const VERSION = 2
const ID = /^[a-z0-9][a-z0-9-]{0,99}$/
const MAX_MS = 8.64e15

export const emptyStore = () => ({ version: VERSION, cards: {}, marks: {}, settings: {} })

const isObject = value => value !== null && typeof value === "object" && !Array.isArray(value)
const isInt = (value, max) => Number.isInteger(value) && value >= 0 && value <= max
const isNumber = (value, min, max) => typeof value === "number" && value >= min && value <= max

/** Checks a store read from localStorage or a file and returns a clean version-2 copy, or
 *  throws with the first problem, worded for the person importing the file. Version-1 data
 *  (the first release's store or export) is checked as it was then and converted. */
export function validStore(data, { legacyFormats = [] } = {}) {
  const fail = message => { throw new Error(message) }
  if (isObject(data) && data.version === 1) return migrateV1(validV1(data, legacyFormats))
  if (!isObject(data)) fail("the file does not hold a JSON object")
  if (data.format !== undefined && data.format !== FORMAT) fail(`its format is "${data.format}", not "${FORMAT}"`)
  if (data.version !== VERSION) fail(`version ${JSON.stringify(data.version)} is not supported (expected 1 or 2)`)
  const { cards = {}, marks = {}, settings = {} } = data
  if (!isObject(cards)) fail("cards must be an object")
  if (!isObject(marks)) fail("marks must be an object")
  if (!isObject(settings)) fail("settings must be an object")
  const clean = emptyStore()
  for (const [id, card] of Object.entries(cards)) clean.cards[id] = validCard(card, `cards["${id}"]`, id)
  for (const [id, entry] of Object.entries(marks)) clean.marks[id] = validMark(entry, `marks["${id}"]`, id)
  if (settings.retention !== undefined) {
    if (!isNumber(settings.retention, 0.7, 0.99)) fail("settings.retention must be a number from 0.7 to 0.99")
    clean.settings.retention = settings.retention
  }
  return clean
}

function validCard(card, where, id) {
  const fail = message => { throw new Error(message) }
  if (!ID.test(id)) fail(`${where}: not a question id`)
  if (!isObject(card)) fail(`${where} must be an object`)
  const { due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, state, last_review, sm2 } = card
  if (!isInt(due, MAX_MS)) fail(`${where}.due must be a time in milliseconds`)
  if (!isNumber(stability, 0, 36500)) fail(`${where}.stability must be a number of days`)
  if (!isNumber(difficulty, 0, 10)) fail(`${where}.difficulty must be a number from 0 to 10`)
  if (!isInt(scheduled_days, 36500)) fail(`${where}.scheduled_days must be a whole number of days`)
  if (!isInt(learning_steps, 100)) fail(`${where}.learning_steps must be a whole number`)
  if (!isInt(reps, 100000)) fail(`${where}.reps must be a whole number`)
  if (!isInt(lapses, 100000)) fail(`${where}.lapses must be a whole number`)
  if (![0, 1, 2, 3].includes(state)) fail(`${where}.state must be 0, 1, 2 or 3`)
  if (last_review !== null && !isInt(last_review, MAX_MS)) fail(`${where}.last_review must be a time in milliseconds or null`)
  const clean = { due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, state, last_review }
  if (sm2 !== undefined) clean.sm2 = validV1Card(sm2, `${where}.sm2`, id)
  return clean
}

/** For each question, whichever review and whichever mark is more recent; my settings stay. */
export function mergeStores(mine, theirs) {
  const merged = { version: VERSION, cards: { ...mine.cards }, marks: { ...mine.marks }, settings: { ...mine.settings } }
  const reviewed = card => card.last_review ?? -1
  for (const [id, card] of Object.entries(theirs.cards)) {
    if (!merged.cards[id] || reviewed(card) > reviewed(merged.cards[id])) merged.cards[id] = card
  }
  for (const [id, entry] of Object.entries(theirs.marks)) {
    if (!merged.marks[id] || entry.at > merged.marks[id].at) merged.marks[id] = entry
  }
  return merged
}

export const markOf = (store, id) => store.marks[id]?.mark ?? null

/** The store in one `Storage` (localStorage, or a stand-in in tests). */
export class ProgressStore {
  constructor({ storage, key, legacyKeys = [], legacyFormats = [], now = () => Date.now() }) {
    Object.assign(this, { storage, key, legacyKeys, legacyFormats, now })
    this.asidePrefix = `${key}:unreadable:`
    this.readOnly = false // set when an unreadable store could not be set aside
  }

  // Read fresh every time: other tabs and other pages may have written since.
  load() {
    let text = null
    try { text = this.storage.getItem(this.key) } catch { return emptyStore() } // storage disabled
    if (text !== null) return this.#parse(text, this.key) ?? emptyStore()
    for (const legacy of this.legacyKeys) {
      let old = null
      try { old = this.storage.getItem(legacy) } catch { /* none */ }
      if (old === null) continue
      // Converted once: the old key stays as it is, the new one is written now.
      const store = this.#parse(old, legacy)
      if (store) this.save(store)
      return store ?? emptyStore()
    }
    return emptyStore()
  }

  #parse(text, key) {
    try {
      return validStore(JSON.parse(text), { legacyFormats: this.legacyFormats })
    } catch (error) {
      const reason = error instanceof SyntaxError ? "it is not valid JSON" : error.message
      if (this.#setAside(text, key, reason) && key === this.key) {
        this.#write(JSON.stringify(emptyStore())) // safe now: the old text is kept aside
      } else if (key === this.key) {
        this.readOnly = true // nowhere to keep it: never overwrite it
      }
      return null
    }
  }

  #setAside(text, key, reason) {
    if (this.asides().some(aside => aside.text === text)) return true
    try {
      this.storage.setItem(`${this.asidePrefix}${this.now()}`, JSON.stringify({ key, reason, at: this.now(), text }))
      return true
    } catch {
      return false
    }
  }

  #write(text) {
    try {
      this.storage.setItem(this.key, text)
      return true
    } catch {
      return false // storage disabled or full: the page still works, without memory
    }
  }

  save(store) {
    if (this.readOnly) return false
    return this.#write(JSON.stringify(store))
  }

  /** Loads, changes and saves in one step. */
  update(change) {
    const store = this.load()
    change(store)
    return this.save(store)
  }

  setMark(id, mark) {
    return this.update(store => { store.marks[id] = { mark, at: this.now() } })
  }

  /** Stores that could not be read, kept aside: [{id, key, reason, at, text}], oldest first. */
  asides() {
    const found = []
    try {
      for (let i = 0; i < this.storage.length; i++) {
        const id = this.storage.key(i)
        if (!id?.startsWith(this.asidePrefix)) continue
        try { found.push({ id, ...JSON.parse(this.storage.getItem(id)) }) } catch { /* not ours */ }
      }
    } catch { /* storage disabled */ }
    return found.sort((a, b) => a.at - b.at)
  }

  dropAside(id) {
    try { this.storage.removeItem(id) } catch { /* nothing to do */ }
  }
}

/** The guide's legacy keys and export formats, from the page (overrides/main.html). */
export function legacyConfig(doc = document) {
  try {
    const data = JSON.parse(doc.getElementById("__guide-legacy-progress").textContent)
    return { storageKeys: data.storage_keys ?? [], fileFormats: data.file_formats ?? [] }
  } catch {
    return { storageKeys: [], fileFormats: [] }
  }
}

let shared = null
/** This site's store in this browser. */
export function siteProgress() {
  if (!shared) {
    const legacy = legacyConfig()
    let storage
    try { storage = window.localStorage } catch { storage = null }
    shared = new ProgressStore({
      storage: storage ?? memoryStorage(), key: siteKey("progress"),
      legacyKeys: legacy.storageKeys, legacyFormats: legacy.fileFormats,
    })
  }
  return shared
}

/** A Storage stand-in kept in memory (storage disabled, and the tests). */
export function memoryStorage(initial = {}) {
  const data = new Map(Object.entries(initial))
  return {
    get length() { return data.size },
    key: i => [...data.keys()][i] ?? null,
    getItem: k => (data.has(k) ? data.get(k) : null),
    setItem: (k, v) => { data.set(k, String(v)) },
    removeItem: k => { data.delete(k) },
  }
}
