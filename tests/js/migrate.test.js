// Converting the first release's progress (SM-2) with real saved states: the localStorage and
// the export file that release wrote in Chromium (tests/js/fixtures/, made by running it).
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { test } from "node:test"
import { fromSm2, migrateV1, validV1, W_8_10 } from "../../overrides/assets/js/practice/migrate.js"
import { default_w } from "../../overrides/assets/vendor/ts-fsrs/ts-fsrs.js"
import { validStore } from "../../overrides/assets/js/practice/store.js"
import { makeScheduler, State } from "../../overrides/assets/js/practice/scheduler.js"
import { isoDay } from "../../overrides/assets/js/practice/days.js"

const fixture = name => JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8"))
const saved = fixture("v1-localstorage.json")
const exported = fixture("v1-export.json")

test("every card and mark of a real saved store survives, with its SM-2 record", () => {
  const store = validStore(saved)
  assert.equal(store.version, 2)
  assert.deepEqual(Object.keys(store.cards).sort(), Object.keys(saved.cards).sort())
  assert.deepEqual(store.marks, saved.marks)
  assert.ok(Object.values(store.marks).some(m => m.mark === null), "a cleared mark stays cleared")
  for (const [id, card] of Object.entries(store.cards)) {
    assert.deepEqual(card.sm2, saved.cards[id], id)
    assert.equal(isoDay(card.due), saved.cards[id].due, `${id} stays due on the same day`)
    assert.equal(card.last_review, saved.cards[id].last)
    assert.equal(card.lapses, saved.cards[id].lapses)
    assert.equal(card.state, State.Review)
  }
  assert.deepEqual(validStore(JSON.parse(JSON.stringify(store))), store, "the result passes version 2's checks")
})

test("stability is the SM-2 interval and a lower ease means a harder card", () => {
  const base = { interval: 15, reps: 3, lapses: 0, due: "2026-11-24", last: 1 }
  const easy = fromSm2({ ...base, ease: 2.8 })
  const hard = fromSm2({ ...base, ease: 1.4 })
  assert.equal(easy.stability, 15)
  assert.ok(hard.difficulty > easy.difficulty)
  assert.ok(easy.difficulty >= 1 && hard.difficulty <= 10)
})

test("a migrated card is scheduled by FSRS close to where SM-2 had it", () => {
  const store = validStore(saved)
  const [id, card] = Object.entries(store.cards).find(([, c]) => c.sm2.interval >= 13)
  const good = makeScheduler().grade(card, "good", card.due)
  assert.ok(good.scheduled_days > card.sm2.interval, `${id}: ${good.scheduled_days} days after ${card.sm2.interval}`)
})

test("an export file of the first release is accepted under the guide's legacy format name", () => {
  assert.equal(exported.format, "mlig-progress")
  const store = validStore(exported, { legacyFormats: ["mlig-progress"] })
  assert.deepEqual(Object.keys(store.cards).sort(), Object.keys(exported.cards).sort())
  assert.throws(() => validStore(exported), /format is "mlig-progress"/, "an unknown format is refused")
})

test("version-1 data is checked as the first release checked it", () => {
  const broken = structuredClone(saved)
  const [id] = Object.keys(broken.cards)
  broken.cards[id].ease = 1.1
  assert.throws(() => validV1(broken), new RegExp(`cards\\["${id}"\\]\\.ease`))
  broken.cards[id].ease = 2.5
  broken.cards[id].due = "2026-02-30"
  assert.throws(() => validV1(broken), /due must be a date/)
  assert.throws(() => validV1({ version: 1, cards: { "Bad Id": saved.cards[id] } }), /not a question id/)
})

test("migrateV1 keeps marks on questions never reviewed", () => {
  const store = migrateV1({ cards: {}, marks: { "only-marked": { mark: "later", at: 5 } } })
  assert.deepEqual(store.marks, { "only-marked": { mark: "later", at: 5 } })
  assert.deepEqual(store.cards, {})
})

test("the FSRS constants copied into the migration are ts-fsrs's own", () => {
  assert.deepEqual(W_8_10, default_w.slice(8, 11))
  assert.equal(State.Review, 2)
})
