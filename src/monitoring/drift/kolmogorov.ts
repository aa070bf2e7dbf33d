/**
 * Survival function of the two-sided one-sample Kolmogorov–Smirnov statistic,
 * P(D_n ≥ x) — SciPy's `kstwo.sf(x, n)`, which `ks_2samp` uses for its
 * asymptotic p-value. Ported from SciPy 1.10 `scipy/stats/_ksstats.py`
 * (`_kolmogn` with cdf=False), after Simard & L'Ecuyer (2011): the same
 * choice of method by n and n·x², so that p-values agree with SciPy's.
 */
import { smirnovSf } from './smirnov.js'

// Bound once: under a vm context (jest) every `Math.` lookup in a hot loop goes
// through an interceptor and blocks optimisation (as in src/policy/random.ts).
const { exp, log, pow, sqrt, ceil, floor, abs, max, min, PI } = Math

const E128 = 2 ** 128
const EM128 = 2 ** -128
const SQRT2PI = sqrt(2 * PI)
const LOG_2PI = log(2 * PI)
const MIN_LOG = -708
const PI2 = PI ** 2
const PI4 = PI ** 4
const PI6 = PI ** 6
/** B_{2j}/(2j)/(2j−1) for j = 8…1 (SciPy's `_STIRLING_COEFFS`, as doubles). */
const STIRLING = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417,
  -0.0005952380952380953, 0.0007936507936507937, -0.002777777777777778, 0.08333333333333333
]

/** P(D_n ≥ x) for integer n ≥ 1. */
export function kolmogorovSf(n: number, x: number): number {
  if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x)) return NaN
  if (x >= 1) return 0
  if (x <= 0) return 1
  const t = n * x
  if (t <= 1) {
    // Ruben–Gambino: 1/2n ≤ x ≤ 1/n.
    if (t <= 0.5) return 1
    let cdf: number
    if (n <= 140) {
      cdf = 1
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1)
    } else {
      cdf = exp(logFactorialOverPower(n) + n * log(2 * t - 1))
    }
    return clip(1 - cdf)
  }
  if (t >= n - 1) return clip(2 * pow(1 - x, n))
  if (x >= 0.5) return clip(2 * smirnovSf(n, x))

  const nxSquared = t * x
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clip(1 - durbinCdf(n, x))
    if (nxSquared <= 4) return clip(1 - pomeranzCdf(n, x))
    return clip(2 * smirnovSf(n, x))
  }
  if (nxSquared >= 370) return 0
  if (nxSquared >= 2.2) return clip(2 * smirnovSf(n, x))
  const cdf =
    nxSquared >= 18 ? 1 : n <= 100000 && n * x ** 1.5 <= 1.4 ? durbinCdf(n, x) : pelzGoodCdf(n, x)
  return clip(1 - cdf)
}

/** log(n! / nⁿ) by Stirling's series, with n·log n removed up front. */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n
  let poly = 0
  for (const c of STIRLING) poly = poly * (rn / n) + c
  return log(n) / 2 - n + LOG_2PI / 2 + rn * poly
}

type Matrix = Float64Array[]

function matmul(a: Matrix, b: Matrix): Matrix {
  const m = a.length
  const out: Matrix = Array.from({ length: m }, () => new Float64Array(m))
  for (let i = 0; i < m; i++) {
    const ai = a[i]
    const oi = out[i]
    for (let k = 0; k < m; k++) {
      const aik = ai[k]
      if (aik === 0) continue
      const bk = b[k]
      for (let j = 0; j < m; j++) oi[j] += aik * bk[j]
    }
  }
  return out
}

/**
 * P(D_n ≤ d) by Durbin's matrix method as Marsaglia, Tsang & Wang (2003)
 * evaluate it (SciPy's `_kolmogn_DMTW`): the k-th diagonal entry of Hⁿ,
 * times n!/nⁿ, with powers of 2 split off to stay within range.
 */
function durbinCdf(n: number, d: number): number {
  if (d >= 1) return 1
  const nd = n * d
  if (nd <= 0.5) return 0
  const k = ceil(nd)
  const h = k - nd
  const m = 2 * k - 1
  let hm: Matrix = Array.from({ length: m }, () => new Float64Array(m))
  const v = new Float64Array(m)
  const w = new Float64Array(m)
  let fac = 1
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac
    fac /= j
    v[j - 1] = (1 - h ** j) * fac
  }
  const tt = max(2 * h - 1, 0) ** m - 2 * h ** m
  v[m - 1] = (1 + tt) * fac
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) hm[r][i] = w[r - (i - 1)]
  }
  for (let r = 0; r < m; r++) hm[r][0] = v[r]
  for (let c = 0; c < m; c++) hm[m - 1][c] = v[m - 1 - c]

  let power: Matrix = Array.from({ length: m }, (_, i) => {
    const row = new Float64Array(m)
    row[i] = 1
    return row
  })
  let nn = n
  let expnt = 0
  let hExpnt = 0
  while (nn > 0) {
    if (nn % 2) {
      power = matmul(power, hm)
      expnt += hExpnt
    }
    hm = matmul(hm, hm)
    hExpnt *= 2
    if (abs(hm[k - 1][k - 1]) > E128) {
      for (const row of hm) for (let j = 0; j < m; j++) row[j] /= E128
      hExpnt += 128
    }
    nn = floor(nn / 2)
  }
  let p = power[k - 1][k - 1]
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n
    if (abs(p) < EM128) {
      p *= E128
      expnt -= 128
    }
  }
  return clip(p * 2 ** expnt)
}

function pomeranzBounds(
  i: number,
  n: number,
  ll: number,
  ceilf: number,
  roundf: number
): [number, number] {
  let j1: number
  let j2: number
  if (i === 0) {
    j1 = -ll - ceilf - 1
    j2 = ll + ceilf - 1
  } else {
    const ip1div2 = floor((i + 1) / 2)
    if ((i + 1) % 2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1
        j2 = n + ll + ceilf - 1
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1
        j2 = ip1div2 + ll - 1 + ceilf - 1
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1
      j2 = ip1div2 + ll + roundf - 1
    }
  }
  return [max(j1 + 2, 0), min(j2, n)]
}

/** P(D_n ≤ x) by Pomeranz's (1974) recursion (SciPy's `_kolmogn_Pomeranz`). */
function pomeranzCdf(n: number, x: number): number {
  const t = n * x
  const ll = floor(t)
  const f = t - ll
  const g = min(f, 1 - f)
  const ceilf = f > 0 ? 1 : 0
  const roundf = f > 0.5 ? 1 : 0
  const npwrs = 2 * (ll + 1)
  const gpower = new Float64Array(npwrs)
  const twogpower = new Float64Array(npwrs)
  const onem2gpower = new Float64Array(npwrs)
  gpower[0] = twogpower[0] = onem2gpower[0] = 1
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = (gpower[m - 1] * (g / n)) / m
    twogpower[m] = (twogpower[m - 1] * ((2 * g) / n)) / m
    onem2gpower[m] = (onem2gpower[m - 1] * ((1 - 2 * g) / n)) / m
  }
  let v0 = new Float64Array(npwrs)
  let v1 = new Float64Array(npwrs)
  v1[0] = 1
  let v0s = 0
  let v1s = 0
  let expnt = 0
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf)
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1
    ;[v0, v1] = [v1, v0]
    ;[v0s, v1s] = [v1s, v0s]
    v1.fill(0)
    ;[j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf)
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower
    const ln2 = j2 - k1 + 1
    if (ln2 > 0) {
      // conv = np.convolve(V0[k1−V0s : k1−V0s+ln2], pwrs[:ln2]); keep conv[j1−k1 : j2−k1+1].
      const start = j1 - k1
      const len = j2 - j1 + 1
      const base = k1 - v0s
      let largest = 0
      for (let r = 0; r < len; r++) {
        const c = start + r
        let s = 0
        for (let q = max(0, c - ln2 + 1); q <= min(c, ln2 - 1); q++) {
          s += v0[base + q] * pwrs[c - q]
        }
        v1[r] = s
        if (s > largest) largest = s
      }
      if (largest > 0 && largest < EM128) {
        for (let r = 0; r < npwrs; r++) v1[r] *= E128
        expnt -= 128
      }
      v1s = v0s + j1 - k1
    }
  }
  let ans = v1[n - v1s]
  for (let m = 1; m <= n; m++) {
    if (abs(ans) > E128) {
      ans *= EM128
      expnt += 128
    }
    ans *= m
  }
  return clip(ans * 2 ** expnt)
}

/** The Pelz–Good (1976) asymptotic series for P(D_n ≤ x) (SciPy's `_kolmogn_PelzGood`). */
function pelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const z = sqrt(n) * x
  const z2 = z * z
  const z3 = z2 * z
  const z4 = z2 * z2
  const z6 = z4 * z2
  const qlog = -PI2 / 8 / z2
  if (qlog < MIN_LOG) return 0
  let q = exp(qlog)
  const k1a = -z2
  const k1b = PI2 / 4
  const k2a = 6 * z6 + 2 * z4
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4
  const k2c = (PI4 * (1 - 2 * z2)) / 16
  const k3d = (PI6 * (5 - 30 * z2)) / 64
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4
  const k3a = -30 * z6 - 90 * z ** 8
  const k = [0, 0, 0, 0]
  const maxk = ceil((16 * z) / PI)
  for (let kk = maxk; kk > 0; kk--) {
    const m = 2 * kk - 1
    const m2 = m * m
    const m4 = m2 * m2
    const m6 = m4 * m2
    const qpower = pow(q, 8 * kk)
    const coeffs = [
      1,
      k1a + k1b * m2,
      k2a + k2b * m2 + k2c * m4,
      k3a + k3b * m2 + k3c * m4 + k3d * m6
    ]
    for (let i = 0; i < 4; i++) k[i] = k[i] * qpower + coeffs[i]
  }
  const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10]
  for (let i = 0; i < 4; i++) k[i] = (k[i] * q * SQRT2PI) / div[i]
  q = exp(-PI2 / 2 / z2)
  const sqrt3z = sqrt(3) * z
  let k2extra = 0
  let k3extra = 0
  for (let kk = maxk; kk > 0; kk--) {
    const ks2 = kk * kk
    const qp = pow(q, ks2)
    const kspi = PI * kk
    k2extra += ks2 * qp
    k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ks2 * qp
  }
  k[2] += (k2extra * PI2 * SQRT2PI) / (-36 * z3)
  k[3] += (k3extra * PI2 * SQRT2PI) / (216 * z6)
  let sum = 0
  for (let i = 0; i < 4; i++) sum += k[i] / pow(n, i / 2)
  return sum
}

function clip(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p
}
