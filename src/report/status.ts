/**
 * The registry's status as `report` shows it (SPEC §3): every model × stage
 * with the version there, how long it has been there and its key metrics;
 * each model's metric history; the latest history events; and the promotion
 * pull requests waiting for review. Pure: the renderers (Markdown, HTML,
 * text) all draw from this one model, so they never disagree.
 */
import type { OpenPullSummary } from '../ports/github-api.js'
import { metricSeries, type MetricPoint } from './metric-series.js'
import { stageNames } from '../registry/layout.js'
import type { LoadedModel, Registry } from '../registry/registry.js'
import { sameVersion } from '../registry/semver.js'
import { versionComparator, type VersionComparator } from '../registry/version-order.js'
import type { HistoryEntry, VersionEntry } from '../registry/types.js'

const RECENT_EVENTS = 20

export interface StageEntry {
  version: string
  /** Set during a gradual rollout (below 100). */
  traffic?: number
  /** When the version entered the stage: its history entry, else its `createdAt`. */
  since?: string
  /** The key metrics the version records, in the model's order. */
  metrics: Array<{ name: string; value: number }>
}

export interface ModelStatus {
  name: string
  description?: string
  owners: string[]
  /** Stage name → the versions in it, highest first. */
  stages: Record<string, StageEntry[]>
  /** Versions in the archive. */
  archived: number
  /** The metric the history chart draws (the primary one) and its points; fewer than 2: no chart. */
  chart?: { metric: string; points: MetricPoint[] }
}

export type PullsStatus =
  { state: 'listed'; pulls: OpenPullSummary[] } | { state: 'unavailable'; reason: string }

export interface RegistryStatus {
  manifest: string
  /** ISO time the report was made; ages are measured from it. */
  generatedAt: string
  stages: string[]
  archive: string
  models: ModelStatus[]
  /** The last history entries, newest first. */
  events: HistoryEntry[]
  /** All history entries, to say how many `events` leaves out. */
  eventCount: number
  pulls: PullsStatus
}

export function registryStatus(reg: Registry, now: Date, pulls: PullsStatus): RegistryStatus {
  const history = allHistory(reg)
  return {
    manifest: reg.manifest.relPath,
    generatedAt: now.toISOString(),
    stages: stageNames(reg),
    archive: reg.archive.folder,
    models: reg.models.map(m =>
      modelStatus(m, stageNames(reg), reg.archive.folder, history, versionComparator(reg, m))
    ),
    events: recentEvents(history, RECENT_EVENTS),
    eventCount: history.length,
    pulls
  }
}

/** The registry file's history and each shard's own (SPEC §2: a shard keeps its history). */
function allHistory(reg: Registry): HistoryEntry[] {
  return [...(reg.data.history ?? []), ...reg.models.flatMap(m => m.spec.history ?? [])]
}

/** The model's primary metrics, else every metric of its policy. */
function keyMetrics(model: LoadedModel): string[] {
  const primary = model.spec.compare?.primary ?? []
  return primary.length ? primary : Object.keys(model.spec.metrics ?? {})
}

function modelStatus(
  model: LoadedModel,
  stages: string[],
  archive: string,
  history: HistoryEntry[],
  order: VersionComparator
): ModelStatus {
  const keys = keyMetrics(model)
  const byStage: Record<string, StageEntry[]> = {}
  const ordered = [...model.spec.versions].sort((a, b) => order(b, a))
  for (const v of ordered) {
    if (!stages.includes(v.stage)) continue
    ;(byStage[v.stage] ??= []).push(stageEntry(model.name, v, keys, history))
  }
  const metric = keys[0]
  const points = metric ? metricSeries(model.spec.versions, metric, order) : []
  return {
    name: model.name,
    ...(model.spec.description ? { description: model.spec.description } : {}),
    owners: model.spec.owners ?? [],
    stages: byStage,
    archived: model.spec.versions.filter(v => v.stage === archive).length,
    ...(metric && points.length >= 2 ? { chart: { metric, points } } : {})
  }
}

function stageEntry(
  model: string,
  v: VersionEntry,
  keys: string[],
  history: HistoryEntry[]
): StageEntry {
  // The latest entry that moved this version into its stage: a version can come back (rollback).
  const moved = history
    .filter(h => h.model === model && sameVersion(h.version, v.version) && h.to === v.stage)
    .reduce<HistoryEntry | undefined>(
      (last, h) => (!last || time(h.at) >= time(last.at) ? h : last),
      undefined
    )
  const since = moved?.at ?? v.createdAt
  return {
    version: v.version,
    ...(v.traffic !== undefined && v.traffic < 100 ? { traffic: v.traffic } : {}),
    ...(since ? { since } : {}),
    metrics: keys
      .map(name => ({ name, value: v.metrics?.[name] }))
      .filter((m): m is { name: string; value: number } => typeof m.value === 'number')
  }
}

/** Newest first; entries with the same time keep the log's order, the later one first. */
function recentEvents(history: HistoryEntry[], max: number): HistoryEntry[] {
  return history
    .map((h, i) => ({ h, i }))
    .sort((a, b) => time(b.h.at) - time(a.h.at) || b.i - a.i)
    .slice(0, max)
    .map(x => x.h)
}

function time(iso: string): number {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? 0 : t
}
