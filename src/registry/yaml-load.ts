/**
 * One YAML document to JavaScript data: js-yaml's `load`, through the two
 * public steps it is made of (`parseEvents`, then `constructFromEvents`).
 *
 * Why not `load` itself: before it parses, `load` merges its options four
 * times through js-yaml's object-spread helper and picks the parser's and the
 * constructor's keys out of the result. That is a few microseconds a call,
 * nothing for one manifest, but a sharded registry of 10,000 files pays it
 * 10,000 times (with the shared decoder of encoding.ts, 30–40 ms of a 1.8 s
 * `plan`: bench/README, session 10). The steps themselves build their state from their own defaults, exactly as
 * `load` has them do, and the documents are counted as `load` counts them,
 * with its messages; a test compares the two on every kind of YAML the
 * registry may meet.
 */
import { constructFromEvents, parseEvents, YAMLException } from './js-yaml.cjs'

export function loadYaml(text: string, filename: string): unknown {
  const documents = constructFromEvents(parseEvents(text, { filename }), { filename, source: text })
  if (documents.length === 1) return documents[0]
  throw new YAMLException(
    documents.length === 0
      ? 'expected a document, but the input is empty'
      : 'expected a single document in the stream, but found more'
  )
}
