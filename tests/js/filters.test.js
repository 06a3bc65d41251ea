// Filters show the guide's own words for roles and kinds, in the guide's order.
import { test } from "node:test"
import assert from "node:assert/strict"
import { optionsFor } from "../../overrides/assets/js/practice/filters.js"

const bank = {
  roles: [{ id: "operator", label: "Operator" }, { id: "developer", label: "App developer" }, { id: "unused", label: "Unused" }],
  kinds: [{ id: "troubleshooting", label: "Troubleshooting" }, { id: "concept", label: "Concept" }],
  questions: [
    { roles: ["developer"], kind: "concept", tags: [] },
    { roles: ["operator", "developer"], kind: "troubleshooting", tags: [] },
  ],
}

test("roles in use, with the guide's labels and order", () => {
  assert.deepEqual(optionsFor("role", bank), [["operator", "Operator"], ["developer", "App developer"]])
})

test("kinds in use, with the guide's labels and order", () => {
  assert.deepEqual(optionsFor("kind", bank), [["troubleshooting", "Troubleshooting"], ["concept", "Concept"]])
})

test("a bank without labels (an older questions.json) still lists its values", () => {
  const old = { questions: [{ roles: ["field-engineer"], kind: "concept", tags: [] }] }
  assert.deepEqual(optionsFor("role", old), [["field-engineer", "field engineer"]])
  assert.deepEqual(optionsFor("kind", old), [["concept", "concept"]])
})
