/** How long ago something happened, as the report's tables say it. */

/** "5 min", "3 h", "12 d", "4 mo": how long ago `iso` was, for people. */
export function age(iso: string | undefined, now: string): string {
  if (!iso) return ''
  const then = Date.parse(iso)
  if (Number.isNaN(then)) return ''
  const minutes = Math.max(0, (Date.parse(now) - then) / 60_000)
  if (minutes < 1) return 'just now'
  if (minutes < 60) return `${Math.floor(minutes)} min`
  const hours = minutes / 60
  if (hours < 48) return `${Math.floor(hours)} h`
  const days = hours / 24
  if (days < 60) return `${Math.floor(days)} d`
  if (days < 730) return `${Math.floor(days / 30.44)} mo`
  return `${Math.floor(days / 365.25)} y`
}
