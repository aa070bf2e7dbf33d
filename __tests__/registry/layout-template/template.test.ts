/**
 * Parsing layout templates (issue #12): the parts a template is made of, the
 * `/{file}` a folder template gets, and each error a user can make, with the
 * message that tells them what to write instead.
 */
import { describe, expect, it } from '@jest/globals'
import {
  parseFileName,
  parseLayout,
  type Placeholder,
  type TemplatePart
} from '../../../src/registry/layout-template/template.js'

const text = (t: string): TemplatePart => ({ kind: 'text', text: t })
const ph = (name: Placeholder): TemplatePart => ({ kind: 'placeholder', name })

describe('a layout template', () => {
  it.each([
    {
      source: '{stage}/{model}/{version}',
      parts: [ph('stage'), text('/'), ph('model'), text('/'), ph('version'), text('/'), ph('file')],
      folder: true
    },
    {
      source: '{stage}{ext}',
      parts: [ph('stage'), ph('ext')],
      folder: false
    },
    {
      source: '{stage}/{version}{ext}',
      parts: [ph('stage'), text('/'), ph('version'), ph('ext')],
      folder: false
    },
    {
      source: '{stage}/{version}',
      parts: [ph('stage'), text('/'), ph('version'), text('/'), ph('file')],
      folder: true
    },
    {
      source: '{stage}/{model}_v{version}',
      parts: [
        ph('stage'),
        text('/'),
        ph('model'),
        text('_v'),
        ph('version'),
        text('/'),
        ph('file')
      ],
      folder: true
    },
    {
      source: '{stage}/{model}/{name}_v{version}{ext}',
      parts: [
        ph('stage'),
        text('/'),
        ph('model'),
        text('/'),
        ph('name'),
        text('_v'),
        ph('version'),
        ph('ext')
      ],
      folder: false
    },
    {
      source: 'models/{stage}/{model}/{file}',
      parts: [text('models/'), ph('stage'), text('/'), ph('model'), text('/'), ph('file')],
      folder: true
    },
    {
      source: '{stage}/{model}/{version}-{file}',
      parts: [ph('stage'), text('/'), ph('model'), text('/'), ph('version'), text('-'), ph('file')],
      folder: false
    }
  ])('$source parses into its parts (folder: $folder)', ({ source, parts, folder }) => {
    const parsed = parseLayout(source)
    expect(parsed).toEqual({
      ok: true,
      value: { source, parts, folder, uses: expect.any(Set) }
    })
  })

  it('lists the placeholders it uses, the appended {file} included', () => {
    const parsed = parseLayout('{stage}/{model}_v{version}')
    expect(parsed.ok && [...parsed.value.uses].sort()).toEqual([
      'file',
      'model',
      'stage',
      'version'
    ])
  })

  it.each([
    {
      source: '{stag}/{model}/{version}',
      message:
        'layout "{stag}/{model}/{version}" uses the unknown placeholder {stag}; did you mean {stage}? (placeholders: {stage}, {model}, {version}, {file}, {name}, {ext})',
      index: 0
    },
    {
      source: '{stage}/{Model}/{version}',
      message:
        'layout "{stage}/{Model}/{version}" uses the unknown placeholder {Model}; did you mean {model}? (placeholders: {stage}, {model}, {version}, {file}, {name}, {ext})',
      index: 8
    },
    {
      source: '{stage}/{model}/{v}',
      message:
        'layout "{stage}/{model}/{v}" uses the unknown placeholder {v} (placeholders: {stage}, {model}, {version}, {file}, {name}, {ext})',
      index: 16
    },
    {
      source: '{stage}/{}',
      message:
        'layout "{stage}/{}" uses the unknown placeholder {} (placeholders: {stage}, {model}, {version}, {file}, {name}, {ext})',
      index: 8
    },
    {
      source: '{stage/{model}',
      message:
        'layout "{stage/{model}" has a "{" that is not closed (character 1); a placeholder is written like {stage}',
      index: 0
    },
    {
      source: '{stage}/{model',
      message:
        'layout "{stage}/{model" has a "{" that is not closed (character 9); a placeholder is written like {stage}',
      index: 8
    },
    {
      source: '{stage}/model}',
      message:
        'layout "{stage}/model}" has a "}" with no "{" before it (character 14); a placeholder is written like {stage}',
      index: 13
    },
    {
      source: '{model}/{version}',
      message:
        'layout "{model}/{version}" has no {stage}: every layout contains {stage}, which stands for the stage\'s folder name (or the benchmark or archive folder\'s)'
    },
    {
      source: '/{stage}/{model}',
      message: 'layout "/{stage}/{model}" is absolute; a layout is relative to root',
      index: 0
    },
    {
      source: 'C:/{stage}',
      message: 'layout "C:/{stage}" is absolute; a layout is relative to root',
      index: 0
    },
    {
      source: '{stage}/../{model}',
      message: 'layout "{stage}/../{model}" leaves root with ".."; a layout stays inside root'
    },
    {
      source: '{stage}//{model}',
      message:
        'layout "{stage}//{model}" has an empty or "." segment (a doubled, leading or trailing "/"); write each folder once, e.g. "{stage}/{model}/{version}"'
    },
    {
      source: '{stage}/{model}/',
      message:
        'layout "{stage}/{model}/" has an empty or "." segment (a doubled, leading or trailing "/"); write each folder once, e.g. "{stage}/{model}/{version}"'
    },
    {
      source: '{stage}/./{model}',
      message:
        'layout "{stage}/./{model}" has an empty or "." segment (a doubled, leading or trailing "/"); write each folder once, e.g. "{stage}/{model}/{version}"'
    },
    {
      source: '{stage}\\{model}',
      message: 'layout "{stage}\\{model}" uses "\\"; use "/" as the separator',
      index: 7
    },
    {
      source: '',
      message: 'layout "" is empty; the default is "{stage}/{model}/{version}"'
    },
    {
      source: '{stage}/{name}/{version}{ext}',
      message:
        'layout "{stage}/{name}/{version}{ext}" puts a file placeholder ({file}, {name}, {ext}) before a "/"; they belong in the last segment, e.g. "{stage}/{model}/{name}_v{version}{ext}"'
    },
    {
      source: '{stage}/{file}{ext}',
      message:
        'layout "{stage}/{file}{ext}" combines {file} with {name} or {ext}; {file} already is {name}{ext}, so use one or the other'
    },
    {
      source: '{stage}/{ext}{ext}',
      message: 'layout "{stage}/{ext}{ext}" uses {ext} twice; use it once'
    }
  ])('refuses $source: $message', ({ source, message, index }) => {
    const parsed = parseLayout(source)
    expect(parsed).toEqual({
      ok: false,
      errors: [index === undefined ? { message } : { message, index }]
    })
  })

  it('names the key it was given in each message', () => {
    const parsed = parseLayout('{model}/{version}', 'archive layout')
    expect(!parsed.ok && parsed.errors[0].message).toMatch(
      /^archive layout "\{model\}\/\{version\}" has no \{stage\}/
    )
  })

  it('reports every error of a template at once', () => {
    const parsed = parseLayout('/{stag}/{modle}')
    expect(!parsed.ok && parsed.errors.map(e => e.message)).toEqual([
      expect.stringContaining('{stag}; did you mean {stage}?'),
      expect.stringContaining('{modle}; did you mean {model}?'),
      'layout "/{stag}/{modle}" is absolute; a layout is relative to root'
    ])
  })
})

describe('a file name in files', () => {
  it('may carry {model} and {version}', () => {
    expect(parseFileName('{model}_v{version}.pkl')).toEqual({
      ok: true,
      value: [ph('model'), text('_v'), ph('version'), text('.pkl')]
    })
  })

  it.each([
    {
      name: '{stage}.keras',
      message:
        'file name "{stage}.keras" uses {stage}, which a file name cannot carry; it may use {model}, {version}'
    },
    {
      name: 'model_{verion}.pkl',
      message:
        'file name "model_{verion}.pkl" uses the unknown placeholder {verion}; did you mean {version}? (placeholders: {model}, {version})'
    },
    {
      name: 'model_{version.pkl',
      message:
        'file name "model_{version.pkl" has a "{" that is not closed (character 7); a placeholder is written like {model}'
    }
  ])('refuses $name', ({ name, message }) => {
    const parsed = parseFileName(name)
    expect(!parsed.ok && parsed.errors.map(e => e.message)).toEqual([message])
  })
})
