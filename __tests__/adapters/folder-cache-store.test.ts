/** Where the CLI keeps the evaluation cache by default, per platform (docs/manifest.md). */
import { describe, expect, it } from '@jest/globals'
import { defaultCacheDir } from '../../src/adapters/folder-cache-store.js'

describe('defaultCacheDir', () => {
  it('is modelgate/ in $XDG_CACHE_HOME when set, on any platform', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/me' }, 'linux')).toBe(
      '/x/cache/modelgate'
    )
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache', HOME: '/Users/me' }, 'darwin')).toBe(
      '/x/cache/modelgate'
    )
  })

  it('is ~/.cache/modelgate on Linux, ~/Library/Caches/modelgate on macOS', () => {
    expect(defaultCacheDir({ HOME: '/home/me' }, 'linux')).toBe('/home/me/.cache/modelgate')
    expect(defaultCacheDir({ HOME: '/Users/me' }, 'darwin')).toBe(
      '/Users/me/Library/Caches/modelgate'
    )
  })

  it('is %LOCALAPPDATA%\\modelgate on Windows', () => {
    expect(defaultCacheDir({ LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' }, 'win32')).toBe(
      'C:\\Users\\me\\AppData\\Local\\modelgate'
    )
    expect(defaultCacheDir({ USERPROFILE: 'C:\\Users\\me' }, 'win32')).toBe(
      'C:\\Users\\me\\AppData\\Local\\modelgate'
    )
  })

  it('is none when the environment names no home: only cache-dir gives a cache then', () => {
    expect(defaultCacheDir({}, 'linux')).toBeUndefined()
    expect(defaultCacheDir({}, 'win32')).toBeUndefined()
  })
})
