// The home page's counts, from the inline summary, the store and each category's ids.
import assert from "node:assert/strict"
import { test } from "node:test"
import { hasProgress, homeCounts } from "../../overrides/assets/js/practice/home-stats.js"
import { emptyStore } from "../../overrides/assets/js/practice/store.js"

const summary = { questions: 5, index_shard: 50, categories: [{ id: "a", count: 3 }, { id: "b", count: 2 }] }
const ids = { a: ["a1", "a2", "a3"], b: ["b1", "b2"] }
const now = new Date(2026, 11, 4, 12).getTime()
const day = 86_400_000

test("a reader with no progress sees every question new and nothing studied", () => {
  const store = emptyStore()
  assert.equal(hasProgress(store), false)
  assert.deepEqual(homeCounts(summary, null, store, now), { due: 0, fresh: 5, studied: { a: 0, b: 0 } })
})

test("due today counts cards due before midnight; studied counts reviews and known marks", () => {
  const store = emptyStore()
  store.cards.a1 = { due: now - day }
  store.cards.a2 = { due: now + 6 * 3_600_000 - 1 } // later today (local midnight is 12 h away)
  store.cards.b1 = { due: now + 3 * day }
  store.marks.b2 = { mark: "known", at: now }
  store.marks.a3 = { mark: "later", at: now }
  assert.equal(hasProgress(store), true)
  assert.deepEqual(homeCounts(summary, ids, store, now), { due: 2, fresh: 2, studied: { a: 2, b: 2 } })
})

test("cards of questions no longer in the bank are not counted", () => {
  const store = emptyStore()
  store.cards.gone = { due: now - day }
  assert.deepEqual(homeCounts(summary, ids, store, now), { due: 0, fresh: 5, studied: { a: 0, b: 0 } })
})

test("a cleared mark is no progress", () => {
  const store = emptyStore()
  store.marks.a1 = { mark: null, at: now }
  assert.equal(hasProgress(store), false)
})
