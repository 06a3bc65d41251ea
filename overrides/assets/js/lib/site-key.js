// Storage keys per site. Every GitHub Pages project site of one user shares one origin, so a
// key names the site's root path too: two guides on one host never read each other's data.

/** The site's root as an absolute URL, from the `base` Material writes into each page. */
export function siteRoot(doc = document, href = location.href) {
  let base = "."
  try {
    base = JSON.parse(doc.querySelector("#__config").textContent).base || "."
  } catch { /* keep "." */ }
  return new URL(base.replace(/\/?$/, "/"), href)
}

/** The localStorage key for `name` on the site whose root path is `rootPath`. */
export function siteKey(name, rootPath = siteRoot().pathname) {
  return `guide:${rootPath}:${name}`
}
