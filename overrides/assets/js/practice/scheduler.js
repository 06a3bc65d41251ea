// The scheduler: FSRS, from the vendored ts-fsrs, behind a small adapter. Cards are stored
// as plain JSON (times in ms); ts-fsrs works on Date objects, so this converts both ways.
import { fsrs, generatorParameters, Rating, State } from "../../vendor/ts-fsrs/ts-fsrs.js"

export { State }

export const DEFAULT_RETENTION = 0.9
/** Desired retention choices offered to the reader (the chance of recalling a card when due). */
export const RETENTIONS = [0.8, 0.85, 0.9, 0.95]

export const GRADES = [
  { key: "again", label: "Again", rating: Rating.Again },
  { key: "hard", label: "Hard", rating: Rating.Hard },
  { key: "good", label: "Good", rating: Rating.Good },
  { key: "easy", label: "Easy", rating: Rating.Easy },
]

const round = (value, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits

/** The stored card (times in ms) as ts-fsrs wants it; none yet: a new card. */
export function toFsrs(card, now) {
  if (!card) {
    return { due: new Date(now), stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0,
      learning_steps: 0, reps: 0, lapses: 0, state: State.New, last_review: undefined }
  }
  return {
    due: new Date(card.due), stability: card.stability, difficulty: card.difficulty, elapsed_days: 0,
    scheduled_days: card.scheduled_days, learning_steps: card.learning_steps, reps: card.reps,
    lapses: card.lapses, state: card.state,
    last_review: card.last_review === null ? undefined : new Date(card.last_review),
  }
}

/** ts-fsrs's card as stored; `kept` carries fields of ours over (the migrated SM-2 record). */
export function fromFsrs(card, kept = {}) {
  return {
    due: card.due.getTime(), stability: round(card.stability), difficulty: round(card.difficulty),
    scheduled_days: card.scheduled_days, learning_steps: card.learning_steps, reps: card.reps,
    lapses: card.lapses, state: card.state, last_review: card.last_review ? card.last_review.getTime() : null,
    ...(kept.sm2 ? { sm2: kept.sm2 } : {}),
  }
}

/** A scheduler for one desired retention. Fuzz is off: the same grades give the same dates. */
export function makeScheduler(retention = DEFAULT_RETENTION) {
  const engine = fsrs(generatorParameters({ request_retention: retention, enable_fuzz: false }))
  return {
    retention,
    /** What each grade would do now: [{...grade, card}] in GRADES order. */
    preview(card, now) {
      const outcomes = engine.repeat(toFsrs(card, now), new Date(now))
      return GRADES.map(grade => ({ ...grade, card: fromFsrs(outcomes[grade.rating].card, card ?? {}) }))
    },
    /** The card after grading it `key` ("again" ... "easy") at `now`. */
    grade(card, key, now) {
      const grade = GRADES.find(g => g.key === key)
      if (!grade) throw new Error(`unknown grade ${key}`)
      return fromFsrs(engine.next(toFsrs(card, now), new Date(now), grade.rating).card, card ?? {})
    },
    /** The chance of recalling the card at `now` (0 for a new card). */
    retrievability(card, now) {
      return card ? engine.get_retrievability(toFsrs(card, now), new Date(now), false) : 0
    },
  }
}
