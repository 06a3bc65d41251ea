// What the practice page shows next, computed from the store alone, so that a reload (or
// another tab) gives the same session: nothing about the queue lives only in memory.
//
//  1. cards in (re)learning whose step is over (a card graded Again comes back after 1 min);
//  2. review cards due today, the most overdue first;
//  3. new cards: those marked "review later" first and "known" last, otherwise in an order
//     shuffled by the day (the same all day long, another tomorrow);
//  4. cards still in (re)learning later today, soonest first ("learn ahead"), so that the
//     cards graded Again come back before the session ends.
import { State } from "./scheduler.js"
import { markOf } from "./store.js"
import { endOfDay, hash, isoDay } from "./days.js"

const learning = card => card.state === State.Learning || card.state === State.Relearning
const byDue = cards => (a, b) => cards[a].due - cards[b].due || a.localeCompare(b)

/** New cards in the day's shuffled order: a seeded sort, stable across reloads. */
export function shuffleForDay(ids, day) {
  const key = new Map(ids.map(id => [id, hash(`${day}:${id}`)]))
  return [...ids].sort((a, b) => key.get(a) - key.get(b) || a.localeCompare(b))
}

/** The ids to practise, in order. `ids`: the questions chosen by the filters. */
export function buildQueue(ids, store, now, { ahead = false } = {}) {
  const cards = store.cards
  const tomorrow = endOfDay(now)
  const steps = [], reviews = [], fresh = [], later = [], future = []
  for (const id of ids) {
    const card = cards[id]
    if (!card) fresh.push(id)
    else if (learning(card) && card.due <= now) steps.push(id)
    else if (card.due < tomorrow) (learning(card) ? later : reviews).push(id)
    else future.push(id)
  }
  const rank = id => ({ later: 0, known: 2 })[markOf(store, id)] ?? 1
  const ordered = shuffleForDay(fresh, isoDay(now)).sort((a, b) => rank(a) - rank(b))
  return [
    ...steps.sort(byDue(cards)), ...reviews.sort(byDue(cards)), ...ordered, ...later.sort(byDue(cards)),
    ...(ahead ? future.sort(byDue(cards)) : []),
  ]
}

/** Counts for the status line: due today (learning and review), new, and the next due time. */
export function counts(ids, store, now) {
  const tomorrow = endOfDay(now)
  let due = 0, fresh = 0, nextDue = null
  for (const id of ids) {
    const card = store.cards[id]
    if (!card) fresh += 1
    else if (card.due < tomorrow) due += 1
    else if (nextDue === null || card.due < nextDue) nextDue = card.due
  }
  return { total: ids.length, due, fresh, nextDue }
}
