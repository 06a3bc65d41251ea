// Tells the reader about saved progress that could not be read and was set aside, and
// offers it as a file; it is deleted only when the reader says so.
import { download, h, siteSlug } from "./dom.js"
import { siteProgress } from "./store.js"

export function asideNotice() {
  const progress = siteProgress()
  progress.load() // sets aside what cannot be read
  const asides = progress.asides()
  if (!asides.length && !progress.readOnly) return null
  const box = h("div", { class: "pq-notice", role: "alert" })
  const render = () => {
    const left = progress.asides()
    if (!left.length && !progress.readOnly) return box.remove()
    box.replaceChildren(
      h("p", {}, h("strong", {}, "Some saved progress could not be read. "),
        progress.readOnly
          ? "This browser has no room to keep a copy of it, so the page will not save anything until it is fixed or deleted."
          : `It has been kept aside, unchanged (${left.length === 1 ? "one copy" : `${left.length} copies`}), and practice starts from an empty record. Download it to keep it or to repair it, then import it below.`),
      ...left.map(aside => h("p", { class: "pq-row" },
        h("span", {}, `Reason: ${aside.reason}.`),
        h("button", { type: "button", class: "pq-btn pq-small", onclick: () =>
          download(`${siteSlug()}-unreadable-progress-${new Date(aside.at).toISOString().slice(0, 10)}.json`, aside.text) },
        "Download it"),
        h("button", { type: "button", class: "pq-btn pq-small", onclick: () => {
          if (confirm("Delete the copy of the progress that could not be read? Download it first if you may need it.")) {
            progress.dropAside(aside.id)
            render()
          }
        } }, "Delete it"))))
  }
  render()
  return box
}
