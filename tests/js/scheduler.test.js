// The FSRS adapter: stored cards in and out of ts-fsrs, previews, grades and retention.
import assert from "node:assert/strict"
import { test } from "node:test"
import { GRADES, makeScheduler, State, toFsrs, fromFsrs } from "../../overrides/assets/js/practice/scheduler.js"

const NOW = new Date(2026, 0, 5, 10, 0).getTime()
const MIN = 60_000
const DAY = 86_400_000

test("a new card's four grades give four different returns, as FSRS sets them", () => {
  const preview = makeScheduler().preview(undefined, NOW)
  assert.deepEqual(preview.map(p => p.key), ["again", "hard", "good", "easy"])
  const waits = preview.map(p => p.card.due - NOW)
  assert.deepEqual(waits.slice(0, 3), [1 * MIN, 6 * MIN, 10 * MIN]) // learning steps 1m and 10m
  assert.ok(waits[3] >= 2 * DAY, "Easy graduates a new card at once")
  assert.equal(new Set(waits).size, 4)
  assert.equal(preview[3].card.state, State.Review)
})

test("grading matches the preview and the stored card is plain JSON", () => {
  const s = makeScheduler()
  for (const grade of GRADES) {
    const card = s.grade(undefined, grade.key, NOW)
    assert.deepEqual(card, s.preview(undefined, NOW).find(p => p.key === grade.key).card)
    assert.deepEqual(JSON.parse(JSON.stringify(card)), card)
    assert.equal(card.last_review, NOW)
    assert.equal(card.reps, 1)
  }
})

test("a review card's intervals grow with the grade and Again lapses it", () => {
  const s = makeScheduler()
  let card = s.grade(undefined, "good", NOW)
  card = s.grade(card, "good", card.due)
  assert.equal(card.state, State.Review)
  const later = card.due
  const [again, hard, good, easy] = s.preview(card, later).map(p => p.card)
  assert.ok(again.due < hard.due && hard.due < good.due && good.due < easy.due)
  assert.equal(again.state, State.Relearning)
  assert.equal(again.lapses, 1)
})

test("a higher desired retention brings cards back sooner", () => {
  const intervals = [0.8, 0.9, 0.95].map(r => {
    const s = makeScheduler(r)
    const card = s.grade(undefined, "easy", NOW)
    return s.grade(card, "good", card.due).scheduled_days
  })
  assert.ok(intervals[0] > intervals[1] && intervals[1] > intervals[2], intervals.join(" > "))
})

test("the same grades at the same times give the same dates (no fuzz)", () => {
  const run = () => ["good", "good", "hard", "easy"].reduce((card, key) => makeScheduler().grade(card, key, card ? card.due + DAY : NOW), undefined)
  assert.deepEqual(run(), run())
})

test("conversion keeps every field and the migrated SM-2 record", () => {
  const stored = { due: NOW + 3 * DAY, stability: 3.2, difficulty: 5.5, scheduled_days: 3, learning_steps: 0,
    reps: 4, lapses: 1, state: State.Review, last_review: NOW, sm2: { ease: 2.5, interval: 3, reps: 3, lapses: 1, due: "2026-01-08", last: NOW } }
  assert.deepEqual(fromFsrs(toFsrs(stored, NOW), stored), stored)
  const graded = makeScheduler().grade(stored, "good", NOW + 3 * DAY)
  assert.deepEqual(graded.sm2, stored.sm2)
  assert.equal(graded.reps, 5)
})

test("an unknown grade is refused", () => {
  assert.throws(() => makeScheduler().grade(undefined, "perfect", NOW), /unknown grade/)
})
