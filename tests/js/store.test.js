// The store in a stand-in localStorage: migration on first load, validation, setting aside
// what cannot be read, merging on import.
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { test } from "node:test"
import { emptyStore, memoryStorage, mergeStores, ProgressStore, validStore } from "../../overrides/assets/js/practice/store.js"
import { siteKey } from "../../overrides/assets/js/lib/site-key.js"

const LEGACY = "mlig.progress.v1"
const KEY = siteKey("progress", "/guide/")
const savedText = readFileSync(new URL("fixtures/v1-localstorage.json", import.meta.url), "utf8")
const open = (storage, extra = {}) => new ProgressStore({ storage, key: KEY, legacyKeys: [LEGACY], now: () => 1_800_000_000_000, ...extra })

test("first load converts the legacy store, writes the new key and keeps the old one", () => {
  const storage = memoryStorage({ [LEGACY]: savedText })
  const store = open(storage).load()
  assert.equal(Object.keys(store.cards).length, Object.keys(JSON.parse(savedText).cards).length)
  assert.deepEqual(JSON.parse(storage.getItem(KEY)), store)
  assert.equal(storage.getItem(LEGACY), savedText, "the legacy key is untouched")
})

test("once converted, the legacy key is not read again", () => {
  const storage = memoryStorage({ [LEGACY]: savedText })
  const progress = open(storage)
  progress.load()
  progress.update(store => { store.cards = {} })
  assert.deepEqual(progress.load().cards, {})
})

test("the key is per site: another site's progress is not seen", () => {
  assert.notEqual(siteKey("progress", "/guide/"), siteKey("progress", "/other-guide/"))
  const storage = memoryStorage({ [siteKey("progress", "/other-guide/")]: JSON.stringify({ ...emptyStore(), marks: { a: { mark: "known", at: 1 } } }) })
  assert.deepEqual(open(storage).load(), emptyStore())
})

test("an unreadable store is set aside, unchanged, before anything is written", () => {
  const broken = '{"version": 2, "cards": {"x": {"due": "soon"}}}'
  const storage = memoryStorage({ [KEY]: broken })
  const progress = open(storage)
  assert.deepEqual(progress.load(), emptyStore())
  const [aside] = progress.asides()
  assert.equal(aside.text, broken)
  assert.match(aside.reason, /cards\["x"\]\.due/)
  progress.setMark("x", "known")
  assert.equal(progress.asides().length, 1, "set aside once, not on every load")
  assert.equal(progress.asides()[0].text, broken)
  progress.dropAside(aside.id)
  assert.deepEqual(progress.asides(), [])
})

test("text that is not JSON is set aside too", () => {
  const progress = open(memoryStorage({ [KEY]: "{oops" }))
  progress.load()
  assert.equal(progress.asides()[0].reason, "it is not valid JSON")
})

test("with no room to set it aside, an unreadable store is never overwritten", () => {
  const inner = memoryStorage({ [KEY]: "[1, 2]" })
  const full = { ...inner, get length() { return inner.length }, setItem: () => { throw new Error("QuotaExceededError") } }
  const progress = open(full)
  progress.load()
  assert.equal(progress.readOnly, true)
  assert.equal(progress.setMark("a", "known"), false)
  assert.equal(inner.getItem(KEY), "[1, 2]")
})

test("an unreadable legacy store is set aside and left where it was", () => {
  const storage = memoryStorage({ [LEGACY]: '{"version": 1, "cards": {"a": {"ease": 99}}}' })
  const progress = open(storage)
  assert.deepEqual(progress.load(), emptyStore())
  assert.equal(progress.asides().length, 1)
  assert.equal(storage.getItem(LEGACY), '{"version": 1, "cards": {"a": {"ease": 99}}}')
})

test("validation names the field and refuses unknown versions and formats", () => {
  const card = { due: 1, stability: 1, difficulty: 5, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2, last_review: 1 }
  assert.deepEqual(validStore({ version: 2, cards: { a: card } }).cards.a, card)
  assert.throws(() => validStore({ version: 2, cards: { a: { ...card, state: 7 } } }), /cards\["a"\]\.state/)
  assert.throws(() => validStore({ version: 2, cards: { a: { ...card, difficulty: 11 } } }), /difficulty/)
  assert.throws(() => validStore({ version: 3 }), /version 3 is not supported/)
  assert.throws(() => validStore({ format: "other", version: 2 }), /format is "other"/)
  assert.throws(() => validStore([]), /JSON object/)
  assert.throws(() => validStore({ version: 2, settings: { retention: 0.5 } }), /retention/)
  assert.equal(validStore({ version: 2, settings: { retention: 0.85 } }).settings.retention, 0.85)
  assert.deepEqual(Object.keys(validStore({ version: 2, cards: { a: { ...card, extra: 1 } } }).cards.a).includes("extra"), false)
})

test("merging keeps the more recent review and the more recent mark of each question", () => {
  const card = last => ({ due: last + 1, stability: 1, difficulty: 5, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2, last_review: last })
  const mine = { version: 2, settings: { retention: 0.95 },
    cards: { a: card(10), b: card(30) }, marks: { a: { mark: "known", at: 5 }, b: { mark: "later", at: 9 } } }
  const theirs = { version: 2, settings: { retention: 0.8 },
    cards: { a: card(20), b: card(25), c: card(1) }, marks: { a: { mark: null, at: 6 }, b: { mark: "known", at: 2 } } }
  const merged = mergeStores(mine, theirs)
  assert.equal(merged.cards.a.last_review, 20)
  assert.equal(merged.cards.b.last_review, 30)
  assert.equal(merged.cards.c.last_review, 1)
  assert.deepEqual(merged.marks.a, { mark: null, at: 6 }, "a newer cleared mark wins")
  assert.deepEqual(merged.marks.b, { mark: "later", at: 9 })
  assert.equal(merged.settings.retention, 0.95, "my settings stay")
})

test("importing a first-release export into converted progress merges by review time", () => {
  const exported = JSON.parse(readFileSync(new URL("fixtures/v1-export.json", import.meta.url), "utf8"))
  const storage = memoryStorage({ [LEGACY]: savedText })
  const progress = open(storage, { legacyFormats: ["mlig-progress"] })
  const mine = progress.load()
  const [id] = Object.keys(mine.cards)
  mine.cards[id] = { ...mine.cards[id], last_review: mine.cards[id].last_review + 1000, reps: 99 }
  const merged = mergeStores(mine, validStore(exported, { legacyFormats: progress.legacyFormats }))
  assert.equal(merged.cards[id].reps, 99, "my newer review wins")
  assert.deepEqual(Object.keys(merged.cards).sort(), [...new Set([...Object.keys(mine.cards), ...Object.keys(exported.cards)])].sort())
})
