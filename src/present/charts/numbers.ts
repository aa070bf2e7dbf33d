/**
 * Transitional: the chart numbers moved to policy/format.ts, which writes
 * every number modelgate shows. Import from there; this re-export goes once
 * present/pr-body.ts does.
 */
export { chartable, plainNumber } from '../../policy/format.js'
