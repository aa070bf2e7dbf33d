/**
 * A module hook for scripts/parse-workflows.mjs: @actions/workflow-parser imports its own schema
 * files (`import schema from "../workflow-v1.0.min.json"`) without the `with { type: "json" }`
 * Node requires, so importing the package fails in plain Node (actions/languageservices#387;
 * its own consumers bundle it). This hook adds the attribute to that package's JSON files, and
 * to nothing else.
 */
export async function load(url, context, nextLoad) {
  if (
    url.endsWith('.json') &&
    url.includes('/@actions/workflow-parser/') &&
    !context.importAttributes?.type
  )
    return nextLoad(url, {
      ...context,
      importAttributes: { ...context.importAttributes, type: 'json' }
    })
  return nextLoad(url, context)
}
