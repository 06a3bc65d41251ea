// The practice queue: due cards, then new ones shuffled by day, cards graded Again back in
// the session, and all of it rebuilt from the store (so a reload keeps it).
import assert from "node:assert/strict"
import { test } from "node:test"
import { buildQueue, counts, shuffleForDay } from "../../overrides/assets/js/practice/queue.js"
import { makeScheduler } from "../../overrides/assets/js/practice/scheduler.js"
import { emptyStore } from "../../overrides/assets/js/practice/store.js"

const NOW = new Date(2026, 2, 10, 9, 0).getTime()
const MIN = 60_000
const DAY = 86_400_000
const ids = Array.from({ length: 30 }, (_, i) => `q${String(i).padStart(2, "0")}`)

test("new cards come in an order shuffled by the day, the same on every reload", () => {
  const today = buildQueue(ids, emptyStore(), NOW)
  assert.deepEqual(today, buildQueue(ids, emptyStore(), NOW + 5 * 3600_000), "same day, same order")
  assert.notDeepEqual(today, ids, "not the bank's order")
  assert.deepEqual([...today].sort(), ids)
  assert.notDeepEqual(buildQueue(ids, emptyStore(), NOW + DAY), today, "another day, another order")
  assert.deepEqual(shuffleForDay(ids, "2026-03-10"), shuffleForDay([...ids].reverse(), "2026-03-10"))
})

test("due cards come first, the most overdue first; cards not due yet are left out", () => {
  const s = makeScheduler()
  const store = emptyStore()
  store.cards.q05 = { ...s.grade(undefined, "easy", NOW - 30 * DAY), due: NOW - 2 * DAY }
  store.cards.q07 = { ...s.grade(undefined, "easy", NOW - 30 * DAY), due: NOW - 5 * DAY }
  store.cards.q09 = { ...s.grade(undefined, "easy", NOW - 30 * DAY), due: NOW + 3 * DAY }
  const queue = buildQueue(ids, store, NOW)
  assert.deepEqual(queue.slice(0, 2), ["q07", "q05"])
  assert.ok(!queue.includes("q09"))
  assert.equal(buildQueue(ids, store, NOW, { ahead: true }).at(-1), "q09", "Review anyway adds it at the end")
  assert.deepEqual(counts(ids, store, NOW), { total: 30, due: 2, fresh: 27, nextDue: NOW + 3 * DAY })
})

test("a card graded Again comes back in the session: after its step, and at the end before that", () => {
  const store = emptyStore()
  const first = buildQueue(ids, store, NOW)[0]
  store.cards[first] = makeScheduler().grade(undefined, "again", NOW)
  const soon = buildQueue(ids, store, NOW + 10_000)
  assert.notEqual(soon[0], first)
  assert.equal(soon.at(-1), first, "learned ahead once the others are done")
  assert.equal(buildQueue(ids, structuredClone(store), NOW + 2 * MIN)[0], first, "first again once its minute is up, after a reload too")
  assert.equal(counts(ids, store, NOW).due, 1)
})

test("marks order the new cards: review later first, known last", () => {
  const store = emptyStore()
  store.marks.q03 = { mark: "known", at: 1 }
  store.marks.q20 = { mark: "later", at: 1 }
  store.marks.q21 = { mark: null, at: 1 }
  const queue = buildQueue(ids, store, NOW)
  assert.equal(queue[0], "q20")
  assert.equal(queue.at(-1), "q03")
})

test("only the chosen questions are queued", () => {
  assert.deepEqual(buildQueue(["q01", "q02"], emptyStore(), NOW).sort(), ["q01", "q02"])
  assert.deepEqual(buildQueue([], emptyStore(), NOW), [])
})
