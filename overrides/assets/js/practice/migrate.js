// Progress saved by the first release (format version 1: SM-2 cards and marks) converted to
// version 2 (FSRS cards, same marks). Nothing is dropped: each card keeps its SM-2 record.
import { isIsoDay, startOfIsoDay } from "./days.js"

// From ts-fsrs (a test checks them against it), copied so that the pages that only read the
// store (home, category pages) need not load the scheduler: FSRS's default parameters
// w[8], w[9] and w[10] (how stability grows at a review), and the Review state's number.
export const W_8_10 = [1.8722, 0.1666, 0.796]
const REVIEW = 2

const ID = /^[a-z0-9][a-z0-9-]{0,99}$/
const isObject = value => value !== null && typeof value === "object" && !Array.isArray(value)
const isInt = (value, max) => Number.isInteger(value) && value >= 0 && value <= max
const MAX_MS = 8.64e15

/** Checks version-1 data exactly as the first release did; returns {cards, marks} or throws. */
export function validV1(data, formats = []) {
  const fail = message => { throw new Error(message) }
  if (!isObject(data)) fail("the file does not hold a JSON object")
  if (data.format !== undefined && !formats.includes(data.format)) fail(`its format is "${data.format}", which this guide does not know`)
  if (data.version !== 1) fail(`version ${JSON.stringify(data.version)} is not supported`)
  const cards = data.cards ?? {}
  const marks = data.marks ?? {}
  if (!isObject(cards)) fail("cards must be an object")
  if (!isObject(marks)) fail("marks must be an object")
  const clean = { cards: {}, marks: {} }
  for (const [id, card] of Object.entries(cards)) {
    clean.cards[id] = validV1Card(card, `cards["${id}"]`, id)
  }
  for (const [id, entry] of Object.entries(marks)) {
    clean.marks[id] = validMark(entry, `marks["${id}"]`, id)
  }
  return clean
}

export function validV1Card(card, where, id = "x") {
  const fail = message => { throw new Error(message) }
  if (!ID.test(id)) fail(`${where}: not a question id`)
  if (!isObject(card)) fail(`${where} must be an object`)
  const { ease, interval, reps, lapses = 0, due, last } = card
  if (typeof ease !== "number" || !(ease >= 1.3 && ease <= 10)) fail(`${where}.ease must be a number from 1.3 to 10`)
  if (!isInt(interval, 36500)) fail(`${where}.interval must be a whole number of days`)
  if (!isInt(reps, 100000)) fail(`${where}.reps must be a whole number`)
  if (!isInt(lapses, 100000)) fail(`${where}.lapses must be a whole number`)
  if (!isIsoDay(due)) fail(`${where}.due must be a date like 2025-01-31`)
  if (!isInt(last, MAX_MS)) fail(`${where}.last must be a time in milliseconds`)
  return { ease, interval, reps, lapses, due, last }
}

export function validMark(entry, where, id) {
  const fail = message => { throw new Error(message) }
  if (!ID.test(id)) fail(`${where}: not a question id`)
  if (!isObject(entry)) fail(`${where} must be an object`)
  if (![null, "known", "later"].includes(entry.mark)) fail(`${where}.mark must be "known", "later" or null`)
  if (!isInt(entry.at, MAX_MS)) fail(`${where}.at must be a time in milliseconds`)
  return { mark: entry.mark, at: entry.at }
}

/** An SM-2 card as an FSRS memory state, the way Anki converts a card with no review log
 *  (fsrs-rs `memory_state_from_sm2`, with SM-2's implied retention of 0.9): the stability is
 *  the interval, and the difficulty the one whose stability gain equals the card's ease. */
export function fromSm2(card, [w8, w9, w10] = W_8_10) {
  const stability = Math.max(card.interval, 0.1)
  const gain = Math.exp(w8) * stability ** -w9 * (Math.exp((1 - 0.9) * w10) - 1)
  const difficulty = Math.min(10, Math.max(1, 11 - (card.ease - 1) / gain))
  return {
    due: startOfIsoDay(card.due),
    stability: Math.round(stability * 1e4) / 1e4,
    difficulty: Math.round(difficulty * 1e4) / 1e4,
    scheduled_days: card.interval,
    learning_steps: 0,
    reps: card.reps + card.lapses, // SM-2 resets reps on a lapse: this counts at least every review
    lapses: card.lapses,
    state: REVIEW,
    last_review: card.last,
    sm2: { ...card },
  }
}

/** Version-1 data (already checked) as a version-2 store. */
export function migrateV1(v1) {
  const cards = {}
  for (const [id, card] of Object.entries(v1.cards)) cards[id] = fromSm2(card)
  return { version: 2, cards, marks: { ...v1.marks }, settings: {} }
}
