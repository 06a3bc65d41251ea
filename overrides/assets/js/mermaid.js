// Mermaid from the site itself, never a CDN, and only on pages that have a diagram.
// Material uses a global `mermaid` if one exists (it fetches one from a CDN otherwise): it
// calls initialize() once, then render() per diagram. This stand-in keeps the settings and
// loads the real library on the first render; the library then replaces the global, so
// later renders go to it directly.
(() => {
  const source = new URL("../vendor/mermaid/mermaid.min.js", document.currentScript.src).href
  let settings = {}
  let loading = null
  const load = () => loading ??= new Promise((resolve, reject) => {
    const script = document.createElement("script")
    script.src = source
    script.onload = () => {
      window.mermaid.initialize(settings)
      resolve(window.mermaid)
    }
    script.onerror = reject
    document.head.appendChild(script)
  })
  window.mermaid = {
    initialize(options) { settings = options },
    async render(id, text) { return (await load()).render(id, text) },
  }
})()
