// Dates as the grade buttons and the status line show them.
import assert from "node:assert/strict"
import { test } from "node:test"
import { daysBetween, endOfDay, isIsoDay, isoDay, startOfIsoDay, whenLabel } from "../../overrides/assets/js/practice/days.js"

const NOW = new Date(2026, 4, 20, 10, 0).getTime()

test("intervals read as minutes, hours, days, months and years", () => {
  assert.equal(whenLabel(NOW, NOW + 60_000), "in 1 min")
  assert.equal(whenLabel(NOW, NOW + 10 * 60_000), "in 10 min")
  assert.equal(whenLabel(NOW, NOW + 3 * 3600_000), "in 3 h")
  assert.equal(whenLabel(NOW, new Date(2026, 4, 21, 10).getTime()), "tomorrow")
  assert.equal(whenLabel(NOW, new Date(2026, 4, 28, 10).getTime()), "in 8 days")
  assert.equal(whenLabel(NOW, new Date(2026, 7, 20, 10).getTime()), "in 3 months")
  assert.equal(whenLabel(NOW, new Date(2028, 4, 20, 10).getTime()), "in 2 years")
})

test("local calendar days", () => {
  assert.equal(isoDay(NOW), "2026-05-20")
  assert.equal(endOfDay(NOW), new Date(2026, 4, 21).getTime())
  assert.equal(startOfIsoDay("2026-05-20"), new Date(2026, 4, 20).getTime())
  assert.equal(daysBetween(NOW, new Date(2026, 5, 1, 1).getTime()), 12)
  assert.ok(isIsoDay("2024-02-29") && !isIsoDay("2025-02-29") && !isIsoDay("2025-1-01"))
})
