/**
 * `ignore:` (issue #12): globs, relative to `root`, naming files that sit in
 * the stage, benchmark or archive folders but are not model files — a
 * `README.md`, training logs, a `notebooks/` folder. They are neither
 * digested nor reported as stray, and a version folder that moves whole
 * carries them along. The registry's list applies to every path; a model's
 * own list to the paths of that model: `<folder>/<model>/…` under the default
 * layout (ignoredBy), the paths the layout matcher attributes to it under
 * any other (ignoreRules).
 *
 * picomatch does the matching, so `[a-z]`, `{a,b}` and `**` mean what a user
 * expects from `.gitignore`-style tools; `dot: true` lets `**` reach hidden
 * folders.
 */
import picomatch from 'picomatch'
import type { Registry } from './registry.js'

export type IgnoreTest = (repoRel: string) => boolean

/** `ignore:` read with the layout's own idea of whose a path is (see ignoreRules). */
export interface IgnoreRules {
  /** The registry's list: applies to every path. */
  anywhere: IgnoreTest
  /** A model's own list, for a path the layout attributes to that model. */
  forModel: (model: string, repoRel: string) => boolean
  /** False when no list names anything: nothing is ignored. */
  any: boolean
}

const rules = new WeakMap<Registry, IgnoreRules>()
const tests = new WeakMap<Registry, IgnoreTest>()

/**
 * Whether the repository-relative path is one `ignore:` names, a model's
 * list applying to `<folder>/<model>/…` (the default layout); compiled once
 * per registry.
 */
export function ignoredBy(reg: Registry): IgnoreTest {
  const cached = tests.get(reg)
  if (cached) return cached
  const { anywhere, forModel, any } = ignoreRules(reg)
  const prefix = rootPrefix(reg)
  const test: IgnoreTest = any
    ? repoRel => {
        if (anywhere(repoRel)) return true
        const model = repoRel.startsWith(prefix)
          ? repoRel.slice(prefix.length).split('/')[1]
          : undefined
        return model !== undefined && forModel(model, repoRel)
      }
    : () => false
  tests.set(reg, test)
  return test
}

/**
 * The lists apart, for layouts where a path's model is not its second
 * segment (`{stage}/{model}_v{version}`, or no `{model}` at all): the caller
 * asks the layout matcher whose a path is and then applies that model's list.
 */
export function ignoreRules(reg: Registry): IgnoreRules {
  const cached = rules.get(reg)
  if (cached) return cached
  const options = { dot: true }
  const own = reg.data.ignore ?? []
  const registryWide = own.length ? picomatch(own, options) : undefined
  const perModel = new Map<string, picomatch.Matcher>()
  for (const m of reg.models) {
    if (m.spec.ignore?.length) perModel.set(m.name, picomatch(m.spec.ignore, options))
  }
  const prefix = rootPrefix(reg)
  const underRoot = (repoRel: string) =>
    repoRel.startsWith(prefix) ? repoRel.slice(prefix.length) : undefined
  const made: IgnoreRules = {
    anywhere: repoRel => {
      const rel = underRoot(repoRel)
      return registryWide !== undefined && rel !== undefined && registryWide(rel)
    },
    forModel: (model, repoRel) => {
      const test = perModel.get(model)
      const rel = underRoot(repoRel)
      return test !== undefined && rel !== undefined && test(rel)
    },
    any: registryWide !== undefined || perModel.size > 0
  }
  rules.set(reg, made)
  return made
}

/** What a repository-relative path under `root` starts with. */
function rootPrefix(reg: Registry): string {
  return reg.root === '.' || reg.root === '' ? '' : `${reg.root}/`
}

/** A glob that names exactly `rel` (a path relative to `root`): picomatch's special characters escaped. */
export function literalGlob(rel: string): string {
  return rel.replace(/[\\*?[\](){}!+@|^$]/g, c => `\\${c}`)
}
