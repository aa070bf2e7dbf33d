/**
 * The `monitor` group's measurement, in a fresh process, called by
 * bench/monitor.mjs; compiled with ncc into bench/.build/monitor-probe (a
 * bundle of its own, so that the other probes carry none of these modules).
 *
 *   monitor-probe <reference> <current> [psi] [ksAlpha]
 *       readFeatures on both files, then driftReport: what `monitor` does for
 *       drift. Prints one JSON line: the time of each step, the peak RSS of
 *       the process, its CPU time, and a summary of the report (columns, drifted columns,
 *       KS methods, the largest PSI of an undrifted column).
 */
import { performance } from 'node:perf_hooks'
import { driftReport, readFeatures } from '../src/monitoring/drift/index.js'

const [reference, current, psi = '0.2', ksAlpha = '0.01'] = process.argv.slice(2)
if (!reference || !current) {
  console.error('usage: monitor-probe <reference> <current> [psi] [ksAlpha]')
  process.exit(2)
}

const t0 = performance.now()
const ref = await readFeatures(reference)
const t1 = performance.now()
const cur = await readFeatures(current)
const t2 = performance.now()
const report = driftReport(ref, cur, { psi: Number(psi), ksAlpha: Number(ksAlpha) })
const t3 = performance.now()

const cpu = process.cpuUsage()
const undrifted = report.columns.filter(c => !c.drifted && c.psi !== null)
process.stdout.write(
  JSON.stringify({
    readReferenceMs: t1 - t0,
    readCurrentMs: t2 - t1,
    reportMs: t3 - t2,
    totalMs: t3 - t0,
    rows: report.rows,
    columns: report.columns.length,
    numeric: report.columns.filter(c => c.type === 'numeric').length,
    missing: report.columns.reduce((s, c) => s + c.reference.missing + c.current.missing, 0),
    driftedColumns: report.driftedColumns,
    ksMethods: [...new Set(report.columns.map(c => c.ks?.method).filter(Boolean))],
    maxUndriftedPsi: Math.max(0, ...undrifted.map(c => c.psi as number)),
    // CPU time of the process (user + system): less sensitive than wall time to a busy machine.
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMB: process.resourceUsage().maxRSS / 1024
  }) + '\n'
)
