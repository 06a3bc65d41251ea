// Typeset the math that pymdownx.arithmatex leaves in .arithmatex elements, on every page
// Material shows (document$ also fires after instant navigation).
document$.subscribe(({ body }) => {
  renderMathInElement(body, {
    // arithmatex (generic mode) has already turned $...$ into \(...\): stray dollars stay text
    delimiters: [
      { left: "\\(", right: "\\)", display: false },
      { left: "\\[", right: "\\]", display: true },
    ],
    ignoredClasses: ["highlight", "md-search"],
    throwOnError: false,
  })
})
