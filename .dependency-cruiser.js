/**
 * The import directions of src/ (docs/architecture.md). `npm run lint` checks them with
 * scripts/check-architecture.mjs, which prints each violation on one line;
 * `npx depcruise src --config` gives dependency-cruiser's own report.
 *
 * Type-only imports count like any other (`tsPreCompilationDeps`): a type that two layers
 * share belongs in the lower one, or in ports/ when an adapter implements it.
 */

/**
 * The pure domain: manifest model, metric policy and statistics, change planners, monitoring,
 * the registry's status model the report draws.
 */
const DOMAIN = '^src/(registry|policy|stats|changes|monitoring|report)/'
/** The action's entry, its dispatch and the bundle's start file. */
const ENTRIES = '^src/(main|execute|index)\\.ts$'

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'no circular imports, type-only ones included: move the shared part down',
      from: {},
      to: { circular: true }
    },
    {
      name: 'kernel-imports-nothing',
      severity: 'error',
      comment: 'errors.ts, logger.ts, secrets.ts and clip.ts sit below every layer',
      from: { path: '^src/(errors|logger|secrets|clip)\\.ts$' },
      to: { path: '^src/', pathNot: '^src/(errors|logger|secrets|clip)\\.ts$' }
    },
    {
      name: 'ports-are-types',
      severity: 'error',
      comment: 'ports/ holds interfaces that adapters implement and imports only errors.ts',
      from: { path: '^src/ports/' },
      to: { path: '^src/', pathNot: '^src/(ports/|errors\\.ts$)' }
    },
    {
      name: 'domain-stays-pure',
      severity: 'error',
      comment:
        'the domain imports no @actions/*, @octokit/*, adapters/, evaluation/, commands/, present/, settings/, cli/ or entry',
      from: { path: DOMAIN },
      to: {
        path: [
          '(^|/)node_modules/@(actions|octokit)/',
          '^src/(adapters|evaluation|commands|present|settings|cli)/',
          ENTRIES
        ]
      }
    },
    {
      name: 'adapters-below-commands',
      severity: 'error',
      comment:
        'adapters import nothing from evaluation/, commands/, present/, settings/, cli/ or an entry',
      from: { path: '^src/adapters/' },
      to: { path: ['^src/(evaluation|commands|present|settings|cli)/', ENTRIES] }
    },
    {
      name: 'settings-below-commands',
      severity: 'error',
      comment:
        'settings/ imports nothing from adapters/, evaluation/, commands/, present/, cli/ or an entry',
      from: { path: '^src/settings/' },
      to: { path: ['^src/(adapters|evaluation|commands|present|cli)/', ENTRIES] }
    },
    {
      name: 'evaluation-below-commands',
      severity: 'error',
      comment: 'evaluation/ imports nothing from commands/, present/, cli/ or an entry',
      from: { path: '^src/evaluation/' },
      to: { path: ['^src/(commands|present|cli)/', ENTRIES] }
    },
    {
      name: 'present-renders-values',
      severity: 'error',
      comment:
        'present/ renders outcomes and imports nothing from adapters/ (use ports/), settings/, cli/ or an entry',
      from: { path: '^src/present/' },
      to: { path: ['^src/(adapters|settings|cli)/', ENTRIES] }
    },
    {
      name: 'commands-render-nothing',
      severity: 'error',
      comment:
        'commands return outcomes and import nothing from present/ (what they write comes through the context), cli/ or an entry',
      from: { path: '^src/commands/' },
      to: { path: ['^src/(present|cli)/', ENTRIES] }
    },
    {
      name: 'js-yaml-through-its-commonjs-build',
      severity: 'error',
      comment:
        'import js-yaml from src/registry/js-yaml.cjs: its ES module build parses 2.5× slower on Node 20 (see that file)',
      from: { path: '^src/', pathNot: '^src/registry/js-yaml\\.(cjs|d\\.cts)$' },
      to: { path: '(^|/)node_modules/js-yaml/' }
    },
    {
      name: 'resolvable',
      severity: 'error',
      comment: 'every import resolves, so that no rule passes without seeing it',
      from: {},
      to: { couldNotResolve: true }
    }
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types']
    }
  }
}
