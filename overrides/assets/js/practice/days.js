// Calendar days and times, in the reader's local time zone: a review card is due on a day.

const pad = n => String(n).padStart(2, "0")

/** "YYYY-MM-DD" of a time in ms (local). */
export function isoDay(ms) {
  const date = new Date(ms)
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** Midnight (local) that starts the day after the one `ms` falls on. */
export function endOfDay(ms) {
  const date = new Date(ms)
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime()
}

/** Midnight (local) that starts a "YYYY-MM-DD" day. */
export function startOfIsoDay(day) {
  const [y, m, d] = day.split("-").map(Number)
  return new Date(y, m - 1, d).getTime()
}

/** True for a real calendar date written "YYYY-MM-DD". */
export function isIsoDay(text) {
  return typeof text === "string" && /^\d{4}-\d{2}-\d{2}$/.test(text) && isoDay(startOfIsoDay(text)) === text
}

/** Whole calendar days from the day of `from` to the day of `to`. */
export function daysBetween(from, to) {
  const utc = ms => { const d = new Date(ms); return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) }
  return Math.round((utc(to) - utc(from)) / 86400000)
}

/** When a card comes back, as a grade button says it: "1 min", "10 min", "tomorrow", "in 8 days". */
export function whenLabel(now, due) {
  const minutes = Math.max(1, Math.round((due - now) / 60000))
  if (due < endOfDay(now) || minutes < 60) {
    return minutes < 60 ? `in ${minutes} min` : `in ${Math.round(minutes / 60)} h`
  }
  const days = daysBetween(now, due)
  if (days === 1) return "tomorrow"
  if (days < 31) return `in ${days} days`
  if (days < 365) return `in ${(days / 30.4).toFixed(1).replace(/\.0$/, "")} months`
  return `in ${(days / 365).toFixed(1).replace(/\.0$/, "")} years`
}

/** FNV-1a: a small deterministic hash, the same in every browser. */
export function hash(text) {
  let value = 0x811c9dc5
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193)
  return value >>> 0
}
