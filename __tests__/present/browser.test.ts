/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The report page in a real browser (Debian's chromium, or the browser
 * scripts/prerequisites.mjs finds, driven by playwright-core; no browser
 * download): on a phone-sized screen the stage table has its rows, the SVG charts have a size, the page itself does not
 * scroll sideways (only the table boxes may), and the page makes no request
 * besides its own file. A screenshot is kept next to the page.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { exampleRepo } from '../helpers/examples.js'
import type { Fixture } from '../helpers/registry-fixture.js'
import { cli } from '../helpers/run-cli.js'

let fx: Fixture
let browser: Browser
let reportPath: string

beforeAll(async () => {
  fx = exampleRepo('sklearn-classifier')
  // A long name: the page must still fit the phone's width.
  fx.edit(
    'description: >-\n',
    `description: >-\n      ${'averyveryverylongwordwithoutanybreakopportunity_'.repeat(4)}\n`
  )
  const run = await cli(['report', '--json'], fx.dir)
  expect(run.code).toBe(0)
  reportPath = JSON.parse(run.stdout).result.reportPath
  // Where `npm run setup` looked for it (a non-literal specifier: plain JavaScript, loaded as is).
  const prerequisites = pathToFileURL(path.resolve('scripts/prerequisites.mjs')).href
  const { chromiumPath } = (await import(prerequisites)) as { chromiumPath(): string }
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] })
}, 60000)
afterAll(async () => {
  await browser?.close()
  fx.cleanup()
})

it('renders on a phone: rows, charts, no sideways page scroll, no requests', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true })
  const requests: string[] = []
  page.on('request', r => requests.push(r.url()))
  const url = pathToFileURL(reportPath).href
  await page.goto(url, { waitUntil: 'load' })

  const rows = await page.$$eval('table.stages tbody tr', trs =>
    trs.map(tr => [...tr.children].map(c => (c as HTMLElement).innerText.trim()))
  )
  expect(rows).toHaveLength(1)
  expect(rows[0][0]).toMatch(/^breast-cancer/)
  expect(rows[0][1]).toMatch(/^1\.3\.0/)
  expect(rows[0][4]).toMatch(/^1\.1\.0/)

  const charts = await page.$$eval('svg.chart', svgs =>
    svgs.map(s => {
      const box = s.getBoundingClientRect()
      const line = s.querySelector('polyline')!.getBoundingClientRect()
      return { width: box.width, height: box.height, line: line.width }
    })
  )
  expect(charts.length).toBeGreaterThanOrEqual(1)
  for (const c of charts) {
    expect(c.width).toBeGreaterThan(200)
    expect(c.height).toBeGreaterThan(50)
    expect(c.line).toBeGreaterThan(100)
  }

  const widths = await page.evaluate(() => ({
    viewport: window.innerWidth,
    page: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    scrollers: [...document.querySelectorAll('.scroll')].map(el => ({
      client: el.clientWidth,
      scroll: el.scrollWidth
    }))
  }))
  expect(widths.page).toBeLessThanOrEqual(widths.viewport)
  expect(widths.body).toBeLessThanOrEqual(widths.viewport)
  // The wide stage table scrolls inside its own box instead.
  expect(widths.scrollers[0].scroll).toBeGreaterThan(widths.scrollers[0].client)

  const shot = path.join(path.dirname(reportPath), 'report-phone.png')
  await page.screenshot({ path: shot, fullPage: true })
  const png = readFileSync(shot)
  expect(png.subarray(1, 4).toString()).toBe('PNG')
  expect(statSync(shot).size).toBeGreaterThan(10_000)

  expect(requests).toEqual([url])
  await page.close()
})
