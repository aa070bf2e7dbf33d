// js-yaml through its CommonJS build. Its ES module build creates the parser's state with
// object spread (`{ ...DEFAULT_PARSER_OPTIONS, ...options, position: 0, … }`), which Node 20's
// V8 keeps in a slow shape: every `state.position` then costs a lookup, and parsing runs
// 2.5× slower (10,000 shards: 1.4 s instead of 0.55 s; `npm run bench plan`). The CommonJS
// build is the same code compiled with Babel's object helpers, which V8 keeps fast. A
// CommonJS `require` is what makes the bundler (and Node) pick that build. On Node 22 and 24
// the ES module build is no longer slow (5–7 % faster than this one; bench/README, session 8):
// once Node 20 is no longer supported, `export * from 'js-yaml'` is the better choice.
module.exports = require('js-yaml')
