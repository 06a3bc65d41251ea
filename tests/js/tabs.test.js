import { test } from "node:test"
import assert from "node:assert/strict"
import { parseChoice, pick, remember } from "../../overrides/assets/js/lib/tab-choice.js"

const TABS = ["How to answer", "Sample answer", "What to look for"]

test("the most recent choice a tab set has wins", () => {
  assert.equal(pick(TABS, ["What to look for", "Sample answer"]), 2)
  assert.equal(pick(TABS, ["Python", "Sample answer"]), 1)
  assert.equal(pick(["Python", "R"], ["What to look for", "R"]), 1)
})

test("no choice, or none this set has, leaves the set alone", () => {
  assert.equal(pick(TABS, []), -1)
  assert.equal(pick(TABS, ["Python"]), -1)
})

test("remembering puts the label first, once, and keeps a short list", () => {
  assert.deepEqual(remember(["A", "B", "C"], "B"), ["B", "A", "C"])
  assert.deepEqual(remember([], "A"), ["A"])
  const many = Array.from({ length: 30 }, (_, i) => `L${i}`)
  const kept = remember(many, "new")
  assert.equal(kept[0], "new")
  assert.ok(kept.length < many.length)
})

test("stored text that is not a list of labels reads as no choice", () => {
  assert.deepEqual(parseChoice(null), [])
  assert.deepEqual(parseChoice("not json"), [])
  assert.deepEqual(parseChoice('{"a": 1}'), [])
  assert.deepEqual(parseChoice('["Sample answer", 3, null]'), ["Sample answer"])
})
