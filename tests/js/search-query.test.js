// query.js: the guide's lexicon (printed by `python -m macros lexicon` from data/) turns
// typed words and page text into the same terms: spelling folded, stop words dropped,
// synonyms and acronyms found.
import { test } from "node:test"
import assert from "node:assert/strict"
import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"

import { analyse, compile, highlighter, matches, terms } from "../../overrides/assets/js/search/query.js"

const root = fileURLToPath(new URL("../..", import.meta.url))
const venv = `${root}/.venv/bin/python`
const python = existsSync(venv) ? venv : (process.env.PYTHON ?? "python3")
const lexicon = compile(JSON.parse(execFileSync(python, ["-m", "macros", "lexicon"], { cwd: root, encoding: "utf8" })))

test("British and American spellings give the same terms", () => {
  for (const [british, american] of [
    ["regularisation", "regularization"], ["normalise", "normalize"], ["optimising", "optimizing"],
    ["behaviour", "behavior"], ["colours", "colors"], ["analyse", "analyze"], ["centre", "center"],
    ["modelling", "modeling"], ["labelled", "labeled"], ["catalogue", "catalog"], ["defence", "defense"],
  ]) assert.deepEqual(terms(british, lexicon), terms(american, lexicon), british)
})

test("plurals fold to the singular, but words ending in s stay whole", () => {
  assert.deepEqual(terms("models losses probabilities batches", lexicon), terms("model loss probability batch", lexicon))
  assert.deepEqual(terms("bias analysis", lexicon), ["bias", "analysis"])
})

test("stop words and one-letter words are dropped, case and accents ignored", () => {
  assert.deepEqual(terms("What is the difference between a and b?", lexicon), ["difference"])
  assert.deepEqual(terms("Naïve BAYES", lexicon).slice(0, 2), ["naive", "baye"])
  assert.deepEqual(terms("the of and", lexicon), [])
})

test("a synonym or an acronym gives its group's key, in either direction", () => {
  const key = (text) => analyse(text, lexicon).keys
  assert.deepEqual(key("kNN"), key("k-nearest neighbours"))
  assert.deepEqual(key("PCA"), key("principal component analysis"))
  assert.deepEqual(key("p-value"), key("p value"))
  assert.deepEqual(key("pvalue"), key("p value"))
  assert.deepEqual(key("maximum likelihood estimation"), key("MLE"))
  assert.equal(key("SVM").length, 1)
  assert.deepEqual(key("a plain sentence"), [])
  // the key cannot be typed: it is not a word
  assert.ok(key("LLM")[0].startsWith("="))
})

test("matches: every meaningful query word, in any spelling or through a synonym", () => {
  const text = "How does L2 regularisation shrink the weights of a k-nearest neighbours model?"
  assert.ok(matches("regularization", text, lexicon))
  assert.ok(matches("knn", text, lexicon))
  assert.ok(matches("regularization weights", text, lexicon))
  assert.ok(!matches("regularization dropout", text, lexicon))
  assert.ok(matches("regul", text, lexicon), "the last word may be unfinished")
  assert.ok(!matches("regul ", text, lexicon), "unless a space ends it")
  assert.ok(matches("", text, lexicon) && matches("the", text, lexicon))
})

test("the highlighter accepts whole words only, never single letters", () => {
  const marks = highlighter("regularization a p value", lexicon, { prefix: false })
  assert.ok(marks("regularisation") && marks("Regularization") && marks("value"))
  assert.ok(!marks("a") && !marks("p") && !marks("regular") && !marks("val"))
  const typing = highlighter("regul", lexicon)
  assert.ok(typing("regularisation") && !typing("rule"))
})
