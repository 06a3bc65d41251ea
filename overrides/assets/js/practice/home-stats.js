// What the home page counts: cards due, questions new, and questions studied per category.
import { endOfDay } from "./days.js"
import { markOf } from "./store.js"

/** True when the store holds something to count (a review or a mark). */
export const hasProgress = store =>
  Object.keys(store.cards).length > 0 || Object.values(store.marks).some(entry => entry.mark)

/** {due, fresh, studied: {category id: n}} from the page's summary, the store and each
 * category's question ids (null for a reader with no progress: nothing is due or studied).
 * Cards of questions no longer in the bank are not counted. Studied: reviewed at least once,
 * or marked "known". */
export function homeCounts(summary, ids, store, now) {
  const tomorrow = endOfDay(now)
  const counts = { due: 0, fresh: summary.questions, studied: {} }
  for (const category of summary.categories) {
    counts.studied[category.id] = 0
    for (const id of ids?.[category.id] ?? []) {
      const card = store.cards[id]
      if (card) {
        counts.fresh -= 1
        if (card.due < tomorrow) counts.due += 1
      }
      if (card || markOf(store, id) === "known") counts.studied[category.id] += 1
    }
  }
  return counts
}
