// Small DOM helpers shared by the practice, kit, home and category-page modules.
import { siteRoot } from "../lib/site-key.js"

// Resolved once per page load against the page itself (instant navigation is off).
const ROOT = typeof document === "undefined" ? new URL("http://localhost/") : siteRoot()

/** An address inside the site, from a path relative to its root. */
export const siteUrl = path => new URL(path, ROOT).href

/** h("button", {type: "button", class: "x", onclick: f}, "text", child...) -> element */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag)
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value)
    else if (key === "class") node.className = value
    else node.setAttribute(key, value === true ? "" : value)
  }
  node.append(...children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false))
  return node
}

let uid = 0
export const newId = prefix => `${prefix}-${++uid}`

export const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`
export const labelOf = value => value.replace(/-/g, " ")

const escapeHtml = text =>
  text.replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c])

// Question texts are one line of Markdown: show `code` and $math$, everything else as text.
export function inlineHtml(text) {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\$([^$]+)\$/g, '<span class="arithmatex">\\($1\\)</span>')
}

/** Answer HTML from bank/answers/*.json: trusted (the build refuses raw HTML in the data), with
 *  links and images relative to the site's root, so they are rebased before showing. */
export function richHtml(html) {
  const template = document.createElement("template")
  template.innerHTML = html
  for (const node of template.content.querySelectorAll("[href], [src]")) {
    for (const attr of ["href", "src"]) {
      const value = node.getAttribute(attr)
      if (value && !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(value)) node.setAttribute(attr, siteUrl(value))
    }
  }
  const box = h("div", { class: "pq-rich" })
  box.append(template.content)  // formulas arrive as MathML, drawn at build
  return box
}

export function questionText(question, tag = "span", attrs = {}) {
  const node = h(tag, attrs)
  node.innerHTML = inlineHtml(question.question)
  return node
}

export function bankError(container, error) {
  container.replaceChildren(h("p", { class: "pq-error", role: "alert" },
    "The question bank could not be loaded, so this part of the page is unavailable. ",
    `(${error.message})`))
}

/** Offers a file to download, made in the page. */
export function download(name, text) {
  const blob = new Blob([text], { type: "application/json" })
  const link = h("a", { href: URL.createObjectURL(blob), download: name })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(link.href), 10000)
}

/** A file-name stem from the site's name (Material writes it into og:site_name). */
export function siteSlug() {
  const name = document.querySelector('meta[property="og:site_name"]')?.content ?? "guide"
  return name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "guide"
}
