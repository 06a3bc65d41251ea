// The reader's choice of answer tab, as a list of labels, most recent first. A list rather
// than one label: a page may hold tab sets of different kinds, and each follows the most
// recent choice it can show.

const KEEP = 10

/** The remembered labels from stored text; anything unreadable counts as no choice. */
export function parseChoice(text) {
  try {
    const value = JSON.parse(text)
    return Array.isArray(value) ? value.filter(label => typeof label === "string") : []
  } catch {
    return []
  }
}

/** `remembered` with `label` chosen last. */
export function remember(remembered, label) {
  return [label, ...remembered.filter(other => other !== label)].slice(0, KEEP)
}

/** The index among `labels` of the tab to show: the most recently chosen one it has, or -1. */
export function pick(labels, remembered) {
  for (const label of remembered) {
    const index = labels.indexOf(label)
    if (index >= 0) return index
  }
  return -1
}
