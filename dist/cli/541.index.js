export const id = 541;
export const ids = [541];
export const modules = {

/***/ 22541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ed: () => (/* binding */ decideComparison),
  $6: () => (/* binding */ gatherComparison),
  G9: () => (/* binding */ readCandidate)
});

// UNUSED EXPORTS: BOOTSTRAP_SEED

// EXTERNAL MODULE: ./src/clip.ts
var clip = __webpack_require__(95861);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/compare.ts
var compare = __webpack_require__(36161);
// EXTERNAL MODULE: ./src/policy/predictions.ts + 1 modules
var predictions = __webpack_require__(31028);
// EXTERNAL MODULE: ./src/policy/auc.ts
var auc = __webpack_require__(58613);
// EXTERNAL MODULE: ./src/policy/classification.ts
var classification = __webpack_require__(17932);
// EXTERNAL MODULE: ./src/policy/labels.ts
var policy_labels = __webpack_require__(85447);
// EXTERNAL MODULE: ./src/policy/regression.ts
var regression = __webpack_require__(51605);
;// CONCATENATED MODULE: ./src/policy/bootstrap-kernels.ts
/**
 * Fast evaluation of metric(candidate) − metric(benchmark) on a bootstrap
 * resample, without building resampled prediction arrays. Two kinds:
 *
 * - count kernels, for metrics that depend only on how many examples of each
 *   kind a resample holds. accuracy and the micro averages (equal to
 *   accuracy for single-label data) need 3 kinds: both models agree on
 *   correctness, only the candidate is right, only the benchmark is right.
 *   precision/recall/f1 macro need one kind per distinct (y_true, candidate,
 *   benchmark) label triple; a resample's kind counts are folded into
 *   per-class tp/fp/fn. The driver either samples the counts directly
 *   (multinomial) or draws indices and counts kinds (one increment per draw).
 * - index kernels, for metrics of per-example real values: mse and mae sum a
 *   per-example loss difference (a Float64Array) over the drawn indices;
 *   rmse and r2 keep separate sums per model; roc_auc counts how often each
 *   example was drawn and takes one weighted linear pass over the examples
 *   sorted by score once per model (O(n) per resample, not a sort; about 3×
 *   the cost of mse).
 */




// Bound once: under a vm context (jest) every global lookup such as `Math`
// inside a hot loop goes through an interceptor and blocks optimisation.
const { abs, max, sqrt } = Math;
function makeKernel(metric, pairs) {
    switch (metric) {
        case 'accuracy':
        case 'precision_micro':
        case 'recall_micro':
        case 'f1_micro':
            return accuracyKernel(bootstrap_kernels_classification(pairs, metric));
        case 'precision_macro':
        case 'recall_macro':
        case 'f1_macro':
            return confusionKernel(bootstrap_kernels_classification(pairs, metric), metric);
        case 'roc_auc':
            return aucKernel(bootstrap_kernels_classification(pairs, metric));
        case 'mse':
        case 'mae':
            return meanLossKernel(bootstrap_kernels_regression(pairs, metric), metric);
        case 'rmse':
            return rmseKernel(bootstrap_kernels_regression(pairs, metric));
        case 'r2':
            return r2Kernel(bootstrap_kernels_regression(pairs, metric));
    }
}
function bootstrap_kernels_classification(pairs, metric) {
    if (pairs.task !== 'classification') {
        throw new RangeError(`${metric} needs classification predictions, these are regression`);
    }
    return pairs;
}
function bootstrap_kernels_regression(pairs, metric) {
    if (pairs.task !== 'regression') {
        throw new RangeError(`${metric} needs regression predictions, these read as classes ` +
            '(all values are integers or not numbers)');
    }
    return pairs;
}
function accuracyKernel(pairs) {
    const { yTrue, candidate, benchmark } = pairs;
    // Kinds: 0 = both right or both wrong, 1 = only the candidate, 2 = only the benchmark.
    const kindOf = new Uint32Array(yTrue.length);
    const frequencies = new Int32Array(3);
    for (let i = 0; i < yTrue.length; i++) {
        const c = candidate.yPred[i] === yTrue[i];
        const b = benchmark.yPred[i] === yTrue[i];
        const kind = c === b ? 0 : c ? 1 : 2;
        kindOf[i] = kind;
        frequencies[kind]++;
    }
    return { kind: 'counts', kindOf, frequencies, delta: (counts, n) => (counts[1] - counts[2]) / n };
}
function confusionKernel(pairs, metric) {
    const { labels, codes } = (0,policy_labels/* encodeLabels */.e)([
        pairs.yTrue,
        pairs.candidate.yPred,
        pairs.benchmark.yPred
    ]);
    const [t, c, b] = codes;
    const k = labels.length;
    // Dense ids for the distinct (true, candidate, benchmark) triples.
    const ids = new Map();
    const kindOf = new Uint32Array(t.length);
    const triples = [];
    const frequencyList = [];
    for (let i = 0; i < t.length; i++) {
        const key = (t[i] * k + c[i]) * k + b[i];
        let id = ids.get(key);
        if (id === undefined) {
            id = ids.size;
            ids.set(key, id);
            triples.push(t[i], c[i], b[i]);
            frequencyList.push(0);
        }
        kindOf[i] = id;
        frequencyList[id]++;
    }
    const kinds = ids.size;
    const tpC = new Float64Array(k);
    const fpC = new Float64Array(k);
    const fnC = new Float64Array(k);
    const tpB = new Float64Array(k);
    const fpB = new Float64Array(k);
    const fnB = new Float64Array(k);
    const delta = (counts, n) => {
        for (const a of [tpC, fpC, fnC, tpB, fpB, fnB])
            a.fill(0);
        for (let q = 0; q < kinds; q++) {
            const w = counts[q];
            if (w === 0)
                continue;
            const truth = triples[3 * q];
            (0,classification/* countExample */.U)(tpC, fpC, fnC, truth, triples[3 * q + 1], w);
            (0,classification/* countExample */.U)(tpB, fpB, fnB, truth, triples[3 * q + 2], w);
        }
        return (0,classification/* scoresFromCounts */.eB)(tpC, fpC, fnC, n)[metric] - (0,classification/* scoresFromCounts */.eB)(tpB, fpB, fnB, n)[metric];
    };
    return { kind: 'counts', kindOf, frequencies: Int32Array.from(frequencyList), delta };
}
function aucKernel(pairs) {
    const { yTrue, candidate, benchmark } = pairs;
    if (candidate.yScore === undefined || benchmark.yScore === undefined) {
        throw new RangeError('roc_auc needs a y_score column in both predictions files');
    }
    const classes = (0,policy_labels/* sortLabels */.C)(yTrue);
    if (classes.length !== 2) {
        throw new RangeError(`roc_auc is for binary tasks; y_true has ${classes.length} classes`);
    }
    // Examples are renumbered in the candidate's score order: a resample draws
    // positions uniformly either way, and the candidate's pass over the
    // weights then reads memory in order (only the benchmark's pass jumps).
    const sortedC = (0,auc/* sortScores */.W)(candidate.yScore);
    const n = yTrue.length;
    const position = new Uint32Array(n);
    const isPositive = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
        const i = sortedC.order[k];
        position[i] = k;
        isPositive[k] = yTrue[i] === classes[1] ? 1 : 0;
    }
    const identity = sortedC.order.map((_, k) => k);
    const candidateSorted = { order: identity, groupEnd: sortedC.groupEnd };
    const sortedB = (0,auc/* sortScores */.W)(benchmark.yScore);
    const benchmarkSorted = { order: sortedB.order.map(i => position[i]), groupEnd: sortedB.groupEnd };
    const weights = new Int32Array(n);
    return indexKernel(indices => {
        weights.fill(0);
        for (let i = 0; i < indices.length; i++)
            weights[indices[i]]++;
        return ((0,auc/* weightedAuc */.D)(candidateSorted, isPositive, weights) -
            (0,auc/* weightedAuc */.D)(benchmarkSorted, isPositive, weights));
    });
}
function meanLossKernel(pairs, metric) {
    const { yTrue, candidate, benchmark } = pairs;
    const loss = metric === 'mse' ? (e) => e * e : abs;
    const diff = new Float64Array(yTrue.length);
    for (let i = 0; i < yTrue.length; i++) {
        diff[i] = loss(yTrue[i] - candidate.yPred[i]) - loss(yTrue[i] - benchmark.yPred[i]);
    }
    return indexKernel(indices => {
        let sum = 0;
        for (let i = 0; i < indices.length; i++)
            sum += diff[indices[i]];
        return sum / indices.length;
    });
}
/** Interleaved per-example squared errors [candidate, benchmark, …] for locality. */
function squaredErrors(pairs, stride) {
    const { yTrue, candidate, benchmark } = pairs;
    const out = new Float64Array(yTrue.length * stride);
    for (let i = 0; i < yTrue.length; i++) {
        out[stride * i] = (yTrue[i] - candidate.yPred[i]) ** 2;
        out[stride * i + 1] = (yTrue[i] - benchmark.yPred[i]) ** 2;
    }
    return out;
}
function rmseKernel(pairs) {
    const sq = squaredErrors(pairs, 2);
    return indexKernel(indices => {
        let c = 0;
        let b = 0;
        for (let i = 0; i < indices.length; i++) {
            const j = 2 * indices[i];
            c += sq[j];
            b += sq[j + 1];
        }
        const n = indices.length;
        return sqrt(c / n) - sqrt(b / n);
    });
}
function r2Kernel(pairs) {
    const data = squaredErrors(pairs, 3);
    // y_true centred on its full-sample mean: the resample's total sum of
    // squares Σy² − (Σy)²/n then keeps its digits (it is shift-invariant).
    const n0 = pairs.yTrue.length;
    const mean = pairs.yTrue.reduce((s, y) => s + y, 0) / n0;
    for (let i = 0; i < n0; i++)
        data[3 * i + 2] = pairs.yTrue[i] - mean;
    return indexKernel(indices => {
        let c = 0;
        let b = 0;
        let sy = 0;
        let syy = 0;
        for (let i = 0; i < indices.length; i++) {
            const j = 3 * indices[i];
            c += data[j];
            b += data[j + 1];
            const y = data[j + 2];
            sy += y;
            syy += y * y;
        }
        const sst = max(0, syy - (sy * sy) / indices.length);
        return (0,regression/* r2FromSums */.$D)(c, sst) - (0,regression/* r2FromSums */.$D)(b, sst);
    });
}
function indexKernel(delta) {
    return { kind: 'indices', delta };
}

;// CONCATENATED MODULE: ./src/policy/random.ts
/**
 * A small seeded pseudo-random generator so that bootstrap results are
 * reproducible: the same predictions and seed give the same confidence
 * interval and p-value on every machine and every run, which a gate that
 * decides promotions needs (Math.random cannot be seeded).
 *
 * Algorithm: xoshiro128** 1.0 (Blackman & Vigna, https://prng.di.unimi.it/),
 * 32-bit state words, period 2^128 − 1. It was chosen over mulberry32 because
 * mulberry32's period (2^32) is within reach of one large bootstrap
 * (100,000 examples × 2,000 resamples = 2·10^8 draws) and it cannot produce
 * every 32-bit value. The four state words are filled from the seed with
 * splitmix32, as the authors recommend seeding from a different generator.
 */
// Bound once: under a vm context (jest) every global lookup such as `Math`
// inside a hot loop goes through an interceptor and blocks optimisation.
const imul = Math.imul;
class Rng {
    s0;
    s1;
    s2;
    s3;
    constructor(state) {
        ;
        [this.s0, this.s1, this.s2, this.s3] = state.map(x => x >>> 0);
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) {
            throw new RangeError('xoshiro128** state must not be all zero');
        }
    }
    /** A generator seeded from a non-negative safe integer. */
    static fromSeed(seed) {
        if (!Number.isSafeInteger(seed) || seed < 0) {
            throw new RangeError(`seed must be a non-negative integer, got ${seed}`);
        }
        // Fold in the high bits so that seeds above 2^32 are not silently aliased.
        let x = (seed >>> 0) ^ imul(Math.floor(seed / 4294967296), 0x9e3779b9);
        const next = () => {
            x = (x + 0x9e3779b9) | 0;
            let z = x;
            z = imul(z ^ (z >>> 16), 0x85ebca6b);
            z = imul(z ^ (z >>> 13), 0xc2b2ae35);
            return (z ^ (z >>> 16)) >>> 0;
        };
        const state = [next(), next(), next(), next()];
        if ((state[0] | state[1] | state[2] | state[3]) === 0)
            state[0] = 1;
        return new Rng(state);
    }
    /** A generator with the given raw state (for checking against the reference implementation). */
    static fromState(state) {
        return new Rng(state);
    }
    /** The next 32-bit output as an unsigned integer. */
    nextUint32() {
        const s1 = this.s1;
        const result = imul(rotl(imul(s1, 5), 7), 9) >>> 0;
        const t = s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= this.s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = rotl(this.s3, 11);
        return result;
    }
    /** A float in [0, 1) with 32 random bits. */
    nextFloat() {
        return this.nextUint32() * TWO_TO_MINUS_32;
    }
    /** A float in [0, 1) with 53 random bits (two outputs), for inversion sampling of small probabilities. */
    nextDouble() {
        const hi = this.nextUint32() >>> 5; // 27 bits
        const lo = this.nextUint32() >>> 6; // 26 bits
        return (hi * 67108864 + lo) / 9007199254740992;
    }
    /**
     * Fills `out` with indices drawn uniformly from [0, n). This is the hot loop
     * of the bootstrap, so the generator is inlined here with the state in
     * locals. floor(u · n / 2^32) has a bias below n / 2^32 (< 3·10^-5 for a
     * million examples), negligible next to the bootstrap's own sampling error.
     */
    fillIndices(out, n) {
        if (!Number.isInteger(n) || n <= 0 || n > 4294967296) {
            throw new RangeError(`n must be an integer in [1, 2^32], got ${n}`);
        }
        let s0 = this.s0;
        let s1 = this.s1;
        let s2 = this.s2;
        let s3 = this.s3;
        const len = out.length;
        for (let i = 0; i < len; i++) {
            const r = imul(rotl(imul(s1, 5), 7), 9) >>> 0;
            const t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 11) | (s3 >>> 21);
            out[i] = (r * n * TWO_TO_MINUS_32) >>> 0;
        }
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }
}
const TWO_TO_MINUS_32 = 1 / 4294967296;
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}

;// CONCATENATED MODULE: ./src/policy/binomial.ts
/**
 * Binomial probabilities that stay accurate for large n. The naive
 * C(n, k) / 2^n overflows past n ≈ 1000, and lgamma differences lose about
 * n·1e-16 in absolute log terms (≈ 2e-11 relative at n = 200,000). This uses
 * Catherine Loader's saddle-point expansion ("Fast and Accurate Computation
 * of Binomial Probabilities", 2000), the algorithm behind R's dbinom, whose
 * terms are all small so relative accuracy stays near machine precision.
 */
// Bound once: under a vm context (jest) every global lookup such as `Math`
// inside a hot loop goes through an interceptor and blocks optimisation.
const { abs: binomial_abs, exp, log, log1p, min } = Math;
const LN_2PI = log(2 * Math.PI);
/** ln(n!) − [(n + 1/2) ln n − n + ln √(2π)], the error of Stirling's formula. */
function stirlingError(n) {
    if (n <= 15) {
        // Exact factorials fit in a double up to 15! (1.3e12); the subtraction
        // of numbers near 40 leaves ~1e-14 absolute error, fine in an exponent.
        if (n === 0)
            return 0; // not used by dbinom for n = 0; defined for completeness
        let factorial = 1;
        for (let i = 2; i <= n; i++)
            factorial *= i;
        return log(factorial) - (n + 0.5) * log(n) + n - 0.5 * LN_2PI;
    }
    // Asymptotic Stirling series 1/(12n) − 1/(360n³) + 1/(1260n⁵) − …, truncated
    // where the next term is below double precision (cut-offs as in R).
    const S0 = 1 / 12;
    const S1 = 1 / 360;
    const S2 = 1 / 1260;
    const S3 = 1 / 1680;
    const S4 = 1 / 1188;
    const nn = n * n;
    if (n > 500)
        return (S0 - S1 / nn) / n;
    if (n > 80)
        return (S0 - (S1 - S2 / nn) / nn) / n;
    if (n > 35)
        return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
    return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}
/** x·ln(x/np) + np − x, computed without cancellation when x ≈ np (Loader's bd0). */
function deviance(x, np) {
    if (binomial_abs(x - np) < 0.1 * (x + np)) {
        let v = (x - np) / (x + np);
        let s = (x - np) * v;
        let ej = 2 * x * v;
        v *= v;
        for (let j = 1; j < 1000; j++) {
            ej *= v;
            const next = s + ej / (2 * j + 1);
            if (next === s)
                return next;
            s = next;
        }
    }
    return x * log(x / np) + np - x;
}
/** P(X = k) for X ~ Binomial(n, p), 0 < p < 1, integers 0 ≤ k ≤ n. */
function binomialPmf(k, n, p) {
    const q = 1 - p;
    if (k === 0)
        return n === 0 ? 1 : exp(n * log(q));
    if (k === n)
        return exp(n * log(p));
    const lc = stirlingError(n) -
        stirlingError(k) -
        stirlingError(n - k) -
        deviance(k, n * p) -
        deviance(n - k, n * q);
    const lf = LN_2PI + log(k) + log1p(-k / n);
    return exp(lc - 0.5 * lf);
}
/**
 * P(X ≥ k) for X ~ Binomial(n, 1/2). Summed from the tail inwards only over
 * decreasing terms (k > n/2), with symmetry for the other side, so there is
 * no overflow and at most a few thousand terms even for n = 200,000: the
 * terms fall below 1e-17 of the sum within ~9 standard deviations (√n / 2).
 */
function binomialHalfUpperTail(k, n) {
    return binomialHalfUpperTailSum(k, n).p;
}
/**
 * binomialHalfUpperTail's value and its work: how many pmf terms it summed
 * (what its cost grows with; the tests bound it).
 */
function binomialHalfUpperTailSum(k, n) {
    if (k <= 0)
        return { p: 1, terms: 0 };
    if (k > n)
        return { p: 0, terms: 0 };
    if (2 * k <= n) {
        // P(X ≥ k) = 1 − P(X ≤ k − 1) = 1 − P(X ≥ n − k + 1) by symmetry at p = 1/2.
        const upper = binomialHalfUpperTailSum(n - k + 1, n);
        return { p: 1 - upper.p, terms: upper.terms };
    }
    let term = binomialPmf(k, n, 0.5);
    let sum = term;
    let terms = 1;
    for (let j = k; j < n && term > sum * 1e-17; j++) {
        term *= (n - j) / (j + 1);
        sum += term;
        terms++;
    }
    return { p: min(1, sum), terms };
}

;// CONCATENATED MODULE: ./src/policy/sampling.ts
/**
 * Exact binomial and multinomial sampling for the bootstrap of metrics that
 * depend only on how many examples of each kind a resample holds (accuracy:
 * how many only the candidate got right and how many only the benchmark got
 * right; macro F1: how many of each (y_true, candidate, benchmark) label
 * triple). Drawing n indices with replacement and counting the kinds gives
 * counts distributed Multinomial(n, observed shares) — so sampling those
 * counts directly is the same bootstrap, at a cost that grows with the number
 * of kinds instead of the number of examples.
 */

// Bound once: under a vm context (jest) every global lookup such as `Math`
// inside a hot loop goes through an interceptor and blocks optimisation.
const { floor, min: sampling_min } = Math;
/**
 * A Binomial(n, p) variate by inversion, searching outward from the mode
 * (mode, mode+1, mode−1, mode+2, …). Exact up to floating-point rounding of
 * the probabilities; expected cost about 1.6 standard deviations (√(npq))
 * steps plus one pmf evaluation.
 */
function sampleBinomial(n, p, rng) {
    if (n === 0 || p <= 0)
        return 0;
    if (p >= 1)
        return n;
    const ratio = p / (1 - p);
    const mode = sampling_min(n, floor((n + 1) * p));
    const atMode = binomialPmf(mode, n, p);
    let u = rng.nextDouble() - atMode;
    if (u < 0)
        return mode;
    let up = mode;
    let down = mode;
    let pUp = atMode;
    let pDown = atMode;
    for (;;) {
        if (up < n) {
            pUp *= ((n - up) / (up + 1)) * ratio;
            up++;
            u -= pUp;
            if (u < 0)
                return up;
        }
        if (down > 0) {
            pDown *= down / ((n - down + 1) * ratio);
            down--;
            u -= pDown;
            if (u < 0)
                return down;
        }
        // Rounding can leave the computed total mass a hair below 1 (or the
        // tails underflow to 0): the remaining u then has no outcome; the mode
        // is as good an answer as any for a ~1e-15 event.
        if ((up >= n || pUp === 0) && (down <= 0 || pDown === 0))
            return mode;
    }
}
/**
 * Fills `out` with a Multinomial(n, frequencies / Σfrequencies) draw by
 * successive conditional binomials, taking the categories in `order`
 * (largest first is fastest: fewer trials are left for the small ones).
 */
function sampleMultinomial(n, frequencies, order, rng, out) {
    let trials = n;
    let mass = 0;
    for (let q = 0; q < frequencies.length; q++)
        mass += frequencies[q];
    for (let j = 0; j < order.length; j++) {
        const q = order[j];
        const f = frequencies[q];
        // Integer frequencies keep `mass` exact, so the last category gets p = 1.
        const x = trials === 0 ? 0 : sampleBinomial(trials, f / mass, rng);
        out[q] = x;
        trials -= x;
        mass -= f;
    }
}

;// CONCATENATED MODULE: ./src/policy/bootstrap.ts



const DEFAULT_RESAMPLES = 2000;
const DEFAULT_SEED = 1;
function pairedBootstrap(metric, pairs, options = {}) {
    const { resamples = DEFAULT_RESAMPLES, seed = DEFAULT_SEED, alpha = 0.05 } = options;
    const goal = options.goal ?? 'maximize';
    if (!Number.isInteger(resamples) || resamples < 1) {
        throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
    }
    if (!(alpha > 0 && alpha < 0.5))
        throw new RangeError(`alpha must be in (0, 0.5), got ${alpha}`);
    const n = pairs.yTrue.length;
    if (n === 0)
        throw new RangeError('the bootstrap needs at least one paired example');
    const kernel = makeKernel(metric, pairs);
    const rng = Rng.fromSeed(seed);
    const { delta, deltas } = kernel.kind === 'counts'
        ? resampleCounts(kernel, n, resamples, rng, options.sampler ?? 'auto')
        : resampleIndices(kernel, n, resamples, rng);
    // Undefined resamples (NaN) are dropped; the rest sorted for quantiles.
    let used = 0;
    for (let r = 0; r < resamples; r++)
        if (!Number.isNaN(deltas[r]))
            deltas[used++] = deltas[r];
    if (used === 0) {
        throw new RangeError('the metric was undefined on every resample (e.g. roc_auc on one class)');
    }
    const sorted = deltas.subarray(0, used).sort();
    let noImprovement = 0;
    for (let r = 0; r < used; r++) {
        if (goal === 'maximize' ? sorted[r] <= 0 : sorted[r] >= 0)
            noImprovement++;
    }
    return {
        delta,
        ciLow: quantile(sorted, alpha),
        ciHigh: quantile(sorted, 1 - alpha),
        confidence: 1 - 2 * alpha,
        pValue: (noImprovement + 1) / (used + 1),
        resamples: used,
        seed
    };
}
function resampleIndices(kernel, n, resamples, rng) {
    const indices = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        indices[i] = i;
    const delta = kernel.delta(indices);
    const deltas = new Float64Array(resamples);
    for (let r = 0; r < resamples; r++) {
        rng.fillIndices(indices, n);
        deltas[r] = kernel.delta(indices);
    }
    return { delta, deltas };
}
// Sampling counts costs about one pmf evaluation per kind plus √(n) steps;
// drawing indices costs n draws. Measured (bench, 2,000 resamples): the two
// break even near n/20–n/25 kinds (10 classes at n = 100,000: 947 kinds,
// 0.53 s by counts vs 3.2 s by indices); 1/32 keeps a margin.
const KINDS_PER_EXAMPLE_FOR_MULTINOMIAL = 1 / 32;
function resampleCounts(kernel, n, resamples, rng, sampler) {
    const { kindOf, frequencies } = kernel;
    const kinds = frequencies.length;
    const delta = kernel.delta(frequencies, n);
    const deltas = new Float64Array(resamples);
    const counts = new Int32Array(kinds);
    const multinomial = sampler === 'multinomial' ||
        (sampler === 'auto' && kinds <= n * KINDS_PER_EXAMPLE_FOR_MULTINOMIAL);
    if (multinomial) {
        const order = Array.from(frequencies.keys()).sort((a, b) => frequencies[b] - frequencies[a]);
        for (let r = 0; r < resamples; r++) {
            sampleMultinomial(n, frequencies, order, rng, counts);
            deltas[r] = kernel.delta(counts, n);
        }
    }
    else {
        const indices = new Uint32Array(n);
        for (let r = 0; r < resamples; r++) {
            rng.fillIndices(indices, n);
            counts.fill(0);
            for (let i = 0; i < n; i++)
                counts[kindOf[indices[i]]]++;
            deltas[r] = kernel.delta(counts, n);
        }
    }
    return { delta, deltas };
}
/** Linear-interpolation quantile of ascending values (NumPy's default method). */
function quantile(sorted, q) {
    const h = (sorted.length - 1) * q;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

// EXTERNAL MODULE: ./src/policy/computed-metrics.ts
var computed_metrics = __webpack_require__(61435);
// EXTERNAL MODULE: ./src/policy/format.ts
var format = __webpack_require__(98775);
;// CONCATENATED MODULE: ./src/policy/statistics.ts
/**
 * Significance tests for "the candidate beats the benchmark" (SPEC §4):
 * McNemar's exact test for accuracy, here; the paired bootstrap for other
 * metrics is bootstrap.ts. Both are one-sided: only an improvement counts as
 * evidence.
 */

/**
 * One-sided exact McNemar test that the candidate is more accurate.
 * @param b examples only the candidate got right
 * @param c examples only the benchmark got right
 * @returns P(X ≥ b) for X ~ Binomial(b + c, 1/2); 1 when there are no discordant pairs
 */
function mcnemarExact(b, c) {
    for (const [name, v] of [
        ['b', b],
        ['c', c]
    ]) {
        if (!Number.isSafeInteger(v) || v < 0) {
            throw new RangeError(`${name} must be a count (a non-negative integer), got ${v}`);
        }
    }
    if (b + c === 0)
        return 1;
    return binomialHalfUpperTail(b, b + c);
}
/** The discordant pairs McNemar's test needs, from paired classification predictions. */
function discordantCounts(pairs) {
    if (pairs.task !== 'classification') {
        throw new RangeError("McNemar's test needs classification predictions");
    }
    let b = 0;
    let c = 0;
    const { yTrue, candidate, benchmark } = pairs;
    for (let i = 0; i < yTrue.length; i++) {
        const candidateRight = candidate.yPred[i] === yTrue[i];
        const benchmarkRight = benchmark.yPred[i] === yTrue[i];
        if (candidateRight && !benchmarkRight)
            b++;
        else if (benchmarkRight && !candidateRight)
            c++;
    }
    return { b, c };
}

;// CONCATENATED MODULE: ./src/policy/significance.ts




function testImprovement(metric, goal, pairs, options) {
    if (!computed_metrics/* COMPUTED_METRIC_NAMES */.Qt.includes(metric)) {
        return {
            unavailable: `${metric} is not one of the metrics modelgate computes from predictions ` +
                `(${computed_metrics/* COMPUTED_METRIC_NAMES */.Qt.join(', ')}), so its improvement cannot be tested`
        };
    }
    try {
        if (metric === 'accuracy' && pairs.task === 'classification') {
            const { b, c } = discordantCounts(pairs);
            // b counts examples only the candidate got right; "better" flips if
            // someone sets goal: minimize on accuracy.
            const [better, worse] = goal === 'maximize' ? [b, c] : [c, b];
            return {
                pValue: mcnemarExact(better, worse),
                method: `McNemar's exact test, ${b} vs ${c} discordant examples`
            };
        }
        const result = pairedBootstrap(metric, pairs, { ...options, goal });
        return {
            pValue: result.pValue,
            ci: [result.ciLow, result.ciHigh],
            method: `paired bootstrap, ${result.resamples} resamples, seed ${result.seed}, ` +
                `${(0,format/* formatFractionAsPercent */.$r)(result.confidence)} interval`
        };
    }
    catch (err) {
        // The kernels throw RangeError for predictions that cannot give this
        // metric (regression metric on classes, roc_auc without y_score, …).
        if (err instanceof RangeError)
            return { unavailable: err.message };
        throw err;
    }
}

// EXTERNAL MODULE: ./src/registry/file-kind.ts
var file_kind = __webpack_require__(6472);
// EXTERNAL MODULE: ./src/registry/layout.ts
var layout = __webpack_require__(27853);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: ./src/registry/semver.ts
var semver = __webpack_require__(34323);
// EXTERNAL MODULE: ./src/evaluation/result-file.ts
var result_file = __webpack_require__(34580);
// EXTERNAL MODULE: ./src/evaluation/target.ts
var target = __webpack_require__(98945);
;// CONCATENATED MODULE: ./src/evaluation/comparison-inputs.ts
/**
 * Everything a comparison needs, gathered and checked (SPEC §4): the
 * candidate's result, the benchmark's (or, with a warning, the production
 * version's recorded metrics), proof both were evaluated on the same data,
 * and significance evidence from their paired predictions.
 */














/** The decision on gathered inputs under the model's policy, as `compare` and the stage gates take it. */
function decideComparison(model, inputs) {
    return (0,compare/* compareMetrics */.f)({
        policy: model.spec.metrics ?? {},
        compare: model.spec.compare,
        candidate: inputs.candidate.metrics,
        benchmark: inputs.benchmark?.metrics,
        benchmarkOff: inputs.benchmarkOff,
        evidence: inputs.evidence
    });
}
/** Fixed so the same results always give the same decision. */
const BOOTSTRAP_SEED = 20240101;
/**
 * The candidate's result.json, checked: it names the model (and the version,
 * when one is asked for) and, for a registered version, the very files the
 * manifest records.
 */
async function readCandidate(req) {
    const { model } = req;
    const candidateFile = (0,result_file/* resolveResultPath */.$H)(req.version === undefined
        ? req.candidateResults
        : (req.candidateResults ??
            external_node_path_default().join(req.outputDir, model.name, asWritten(model, req.version))));
    if (!req.candidateResults && !model.spec.evaluate && !(0,external_node_fs_.existsSync)(candidateFile)) {
        // "run evaluate first" would send the user to a command that cannot run for this model.
        throw new errors/* UsageError */.eb(`candidate results not found: ${candidateFile}: ${model.name} has no evaluate command, so nothing writes them there; give candidate-results (a result.json for ${model.name} ${req.version})`);
    }
    const candidate = await (0,result_file/* readResult */.Uv)(candidateFile, 'candidate results', linkRoots(req));
    checkBelongs(candidate, model, 'candidate results', candidateFile);
    if (req.version && !(0,semver/* sameVersion */.r1)(candidate.version, req.version)) {
        throw new errors/* DecisionError */.bW(`candidate results ${candidateFile} are for version ${candidate.version}, not ${req.version}`);
    }
    checkDigests(candidate, model, candidateFile);
    return { candidate, candidateFile };
}
async function gatherComparison(reg, req) {
    const { model } = req;
    const warnings = [];
    const { candidate, candidateFile } = await readCandidate(req);
    const prod = (0,layout/* benchmarkSource */.Dv)(reg, model);
    if (!prod) {
        return {
            candidate,
            candidateFile,
            evidence: {},
            warnings,
            benchmarkOff: reg.benchmark === false
        };
    }
    const benchmarkFile = (0,result_file/* resolveResultPath */.$H)(req.benchmarkResults ?? external_node_path_default().join(req.outputDir, model.name, target/* BENCHMARK */.uq));
    let benchmark;
    if (req.benchmarkResults || (0,external_node_fs_.existsSync)(benchmarkFile)) {
        const result = await (0,result_file/* readResult */.Uv)(benchmarkFile, 'benchmark results', linkRoots(req));
        checkBelongs(result, model, 'benchmark results', benchmarkFile);
        if (result.version !== prod.version) {
            throw new errors/* DecisionError */.bW(`benchmark results ${benchmarkFile} are for ${model.name} ${result.version}, but production is ${prod.version}: evaluate --version benchmark again`);
        }
        checkSameData(candidate, result);
        benchmark = {
            version: prod.version,
            metrics: result.metrics,
            source: 'results',
            result,
            file: benchmarkFile
        };
    }
    else {
        if (!prod.metrics || Object.keys(prod.metrics).length === 0) {
            const fix = model.spec.evaluate
                ? 'run evaluate --version benchmark'
                : `${model.name} has no evaluate command: give benchmark-results, or record metrics for ${prod.version}`;
            throw new errors/* DecisionError */.bW(`no benchmark results at ${benchmarkFile} and production ${model.name} ${prod.version} records no metrics: ${fix}`);
        }
        warnings.push(`no benchmark results at ${benchmarkFile}: comparing with the metrics recorded for production ${prod.version} (no significance test is possible)`);
        benchmark = { version: prod.version, metrics: prod.metrics, source: 'recorded' };
    }
    const evidence = await significanceEvidence(model, candidate, candidateFile, benchmark, linkRoots(req));
    return { candidate, candidateFile, benchmark, evidence, warnings };
}
/** The manifest's spelling of `version` (evaluate writes results under it), else `version`. */
function asWritten(model, version) {
    return (0,semver/* findVersion */.Am)(model.spec.versions, version)?.version ?? version;
}
function checkBelongs(r, model, what, file) {
    if (r.model !== model.name)
        throw new errors/* DecisionError */.bW(`${what} ${file} are for model ${r.model}, not ${model.name}`);
}
/** Results of a registered version count only if they are about the bytes the manifest records. */
function checkDigests(r, model, file) {
    const entry = (0,semver/* findVersion */.Am)(model.spec.versions, r.version);
    if (!entry || r.stage === 'trained')
        return;
    for (const [name, digest] of Object.entries(entry.files)) {
        if (r.files[name] !== digest) {
            throw new errors/* DecisionError */.bW(`candidate results ${file} were made on other files than ${model.name} ${r.version} records (${name}: ${r.files[name] ?? 'missing'}, manifest ${digest}): evaluate again`);
        }
    }
}
function checkSameData(a, b) {
    const names = new Set([...Object.keys(a.data ?? {}), ...Object.keys(b.data ?? {})]);
    const differing = [...names].filter(n => a.data?.[n] !== b.data?.[n]);
    if (differing.length) {
        const n = differing[0];
        throw new errors/* DecisionError */.bW(`candidate and benchmark were evaluated on different data (${n}: ${a.data?.[n] ?? 'absent'} vs ${b.data?.[n] ?? 'absent'}); evaluate both on the same data`);
    }
}
async function significanceEvidence(model, candidate, candidateFile, benchmark, linksWithin) {
    const alpha = model.spec.compare?.significance;
    const primary = model.spec.compare?.primary ?? [];
    if (alpha === undefined || primary.length === 0)
        return {};
    if (!benchmark.result ||
        !benchmark.file ||
        !candidate.predictions ||
        !benchmark.result.predictions) {
        return {}; // compareMetrics says why: no paired predictions
    }
    const mine = await readPredictions(candidateFile, candidate.predictions, linksWithin);
    const theirs = await readPredictions(benchmark.file, benchmark.result.predictions, linksWithin);
    const pairs = (0,predictions/* pairPredictions */.bl)(mine, theirs);
    const out = {};
    for (const metric of primary) {
        const goal = model.spec.metrics?.[metric]?.goal;
        if (goal)
            out[metric] = testImprovement(metric, goal, pairs, { alpha, seed: BOOTSTRAP_SEED });
    }
    return out;
}
/** Where result and predictions files that are symbolic links may lead. */
function linkRoots(req) {
    return req.workspace ? [req.workspace, req.outputDir] : [req.outputDir];
}
/**
 * The predictions file a result.json names, relative to its folder: a plain
 * name that stays in that folder, and a regular file (a link only into the workspace).
 */
async function readPredictions(resultFile, rel, linksWithin) {
    const unsafe = typeof rel === 'string' ? (0,paths/* unsafeFileNameReason */.E_)(rel) : 'not a string';
    if (unsafe)
        throw new errors/* DecisionError */.bW(`${resultFile} names a predictions file that is not allowed: ${unsafe}`);
    const file = external_node_path_default().join(external_node_path_default().dirname(resultFile), rel);
    const state = (0,file_kind/* inspectFile */.Xp)(file, { linksWithin, within: 'the workspace' });
    if (state.kind === 'missing')
        throw new errors/* DecisionError */.bW(`predictions file ${file} named by ${resultFile} is missing`);
    if (state.kind === 'bad')
        throw new errors/* DecisionError */.bW(`predictions file ${(0,clip/* clip */.$Q)(file)} named by ${(0,clip/* clip */.$Q)(resultFile)} ${state.reason}`);
    return (0,predictions/* parsePredictions */.Y8)(await (0,promises_.readFile)(state.real, 'utf8'), file);
}


/***/ }),

/***/ 36161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ compareMetrics),
/* harmony export */   s: () => (/* binding */ noBenchmarkWords)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98775);

const NO_BENCHMARK = 'no benchmark yet';
const BENCHMARK_OFF = 'no benchmark (benchmark: false)';
/** What stands where there is no benchmark: "no benchmark yet", or why there never is one. */
function noBenchmarkWords(benchmarkOff) {
    return benchmarkOff ? BENCHMARK_OFF : NO_BENCHMARK;
}
const NEEDS_PAIRED_PREDICTIONS = 'significance test needs predictions of candidate and benchmark on the same examples';
function compareMetrics(input) {
    const primary = input.compare?.primary ?? [];
    const names = [...Object.keys(input.policy), ...primary.filter(p => !(p in input.policy))];
    const metrics = names.map(name => compareOne(name, primary.includes(name), input));
    const failed = metrics.filter(m => m.verdict === 'fail');
    const hasBenchmark = input.benchmark !== undefined;
    const reasons = [];
    if (!hasBenchmark) {
        reasons.push(`${noBenchmarkWords(input.benchmarkOff)}: only the thresholds were checked`);
    }
    else if (primary.length === 0) {
        reasons.push('no primary metric (compare.primary): only thresholds and guardrails were checked');
    }
    if (failed.length > 0) {
        for (const m of failed) {
            for (const c of m.checks)
                if (c.verdict === 'fail')
                    reasons.push(c.reason);
        }
    }
    else {
        const shown = hasBenchmark ? metrics.filter(m => m.role === 'primary') : [];
        const info = metrics.filter(m => m.verdict === 'info').length;
        if (shown.length > 0)
            reasons.push(...shown.map(m => m.reason));
        else if (info === 0)
            reasons.push(`all ${metrics.length} metrics pass`);
        else
            reasons.push(`all ${metrics.length - info} judged metrics pass (${info} for information only)`);
    }
    return {
        decision: failed.length > 0 ? 'fail' : 'pass',
        metrics,
        reasons,
        hasBenchmark,
        ...(input.benchmarkOff ? { benchmarkOff: true } : {})
    };
}
function compareOne(name, isPrimary, input) {
    const policy = input.policy[name];
    const role = isPrimary
        ? 'primary'
        : policy?.tolerance !== undefined || policy?.maxRegression !== undefined
            ? 'guardrail'
            : 'threshold-only';
    const row = { name, role, checks: [] };
    const checks = row.checks;
    const done = () => finish(row);
    if (policy === undefined) {
        checks.push(fail('value', `${name} is a primary metric but has no policy with a goal`));
        return done();
    }
    row.goal = policy.goal;
    if (policy.min !== undefined || policy.max !== undefined) {
        row.threshold = {
            ...(policy.min !== undefined && { min: policy.min }),
            ...(policy.max !== undefined && { max: policy.max })
        };
    }
    const candidate = input.candidate[name];
    const candidateProblem = valueProblem(name, candidate, "the candidate's");
    if (candidateProblem) {
        checks.push(fail('value', candidateProblem));
        return done();
    }
    row.candidate = candidate;
    checkThresholds(name, candidate, policy, checks);
    if (input.benchmark === undefined) {
        if (role !== 'threshold-only') {
            checks.push(pass('value', `${name}: ${noBenchmarkWords(input.benchmarkOff)}`));
        }
        return done();
    }
    const benchmark = input.benchmark[name];
    const benchmarkProblem = valueProblem(name, benchmark, "the benchmark's");
    if (benchmarkProblem) {
        // Only a rule that needs the benchmark value fails on it.
        if (role !== 'threshold-only')
            checks.push(fail('value', benchmarkProblem));
        return done();
    }
    row.benchmark = benchmark;
    row.delta = candidate - benchmark;
    if (benchmark !== 0)
        row.deltaPct = (row.delta / Math.abs(benchmark)) * 100;
    if (role === 'primary') {
        checks.push(improvementCheck(name, policy, candidate, benchmark, row.deltaPct));
        const alpha = input.compare?.significance;
        if (alpha !== undefined) {
            const evidence = input.evidence?.[name];
            if (evidence !== undefined && 'pValue' in evidence) {
                row.pValue = evidence.pValue;
                if (evidence.ci)
                    row.ci = evidence.ci;
            }
            checks.push(significanceCheck(name, alpha, evidence));
        }
    }
    else if (role === 'guardrail') {
        checks.push(...guardrailChecks(name, policy, candidate, benchmark));
    }
    return done();
}
function finish(row) {
    const failing = row.checks.filter(c => c.verdict === 'fail');
    // No rule judged it: shown for information, never as a pass.
    const verdict = failing.length > 0 ? 'fail' : row.checks.length > 0 ? 'pass' : 'info';
    const shown = verdict === 'fail' ? failing : row.checks;
    const reason = shown.length > 0
        ? shown.map(c => c.reason).join('; ')
        : `${row.name} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(row.candidate)} (no threshold)`;
    return { ...row, verdict, reason };
}
function valueProblem(name, value, whose) {
    if (value === undefined)
        return `${name} is missing from ${whose} metrics`;
    if (typeof value !== 'number')
        return `${name} in ${whose} metrics is not a number`;
    if (Number.isNaN(value))
        return `${name} is NaN in ${whose} metrics`;
    if (!Number.isFinite(value))
        return `${name} is infinite in ${whose} metrics`;
    return undefined;
}
function checkThresholds(name, value, policy, checks) {
    const v = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(value);
    if (policy.min !== undefined) {
        const min = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(policy.min);
        checks.push(value >= policy.min
            ? pass('min', `${name} ${v} ≥ min ${min}`)
            : fail('min', `${name} ${v} < min ${min}`));
    }
    if (policy.max !== undefined) {
        const max = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(policy.max);
        checks.push(value <= policy.max
            ? pass('max', `${name} ${v} ≤ max ${max}`)
            : fail('max', `${name} ${v} > max ${max}`));
    }
}
/**
 * Differences of two decimals carry rounding error (0.914 − 0.912 is
 * 0.0020000000000000018); without a little slack a candidate that improves
 * by exactly minDelta, or ties, could fail on the last bit.
 */
function slack(a, b) {
    return 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}
function improvementCheck(name, policy, candidate, benchmark, deltaPct) {
    const delta = candidate - benchmark;
    const improvement = policy.goal === 'maximize' ? delta : -delta;
    const byAbsolute = policy.minDelta ?? 0;
    const byRelative = (policy.minRelDelta ?? 0) * Math.abs(benchmark);
    const required = Math.max(byAbsolute, byRelative);
    const ok = improvement >= required - slack(candidate, benchmark);
    const change = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(delta)}${deltaPct === undefined ? '' : ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSignedPercent */ .h9)(deltaPct)})`}`;
    const direction = policy.goal === 'maximize' ? '≥' : '≤';
    const needed = required === 0 ? '0' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSigned */ .Gp)(policy.goal === 'maximize' ? required : -required);
    const relNote = policy.minRelDelta !== undefined && byRelative >= byAbsolute && required !== 0
        ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFractionAsPercent */ .$r)(policy.minRelDelta)} of the benchmark)`
        : '';
    const reason = `${name} ${change} vs benchmark ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(benchmark)}, needs ${direction} ${needed}${relNote}`;
    return ok ? pass('improvement', reason) : fail('improvement', reason);
}
function significanceCheck(name, alpha, evidence) {
    if (evidence === undefined)
        return fail('significance', `${name}: ${NEEDS_PAIRED_PREDICTIONS}`);
    if ('unavailable' in evidence) {
        return fail('significance', `${name}: no significance test: ${evidence.unavailable}`);
    }
    const p = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPValue */ .td)(evidence.pValue);
    const a = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(alpha);
    if (!(evidence.pValue >= 0 && evidence.pValue <= 1)) {
        return fail('significance', `${name}: the significance test gave no valid p-value (${p})`);
    }
    return evidence.pValue < alpha
        ? pass('significance', `${name} improvement is significant: ${p} < ${a} (${evidence.method})`)
        : fail('significance', `${name} improvement is not significant: ${p} ≥ ${a} (${evidence.method})`);
}
function guardrailChecks(name, policy, candidate, benchmark) {
    const checks = [];
    const maximize = policy.goal === 'maximize';
    const within = (limit) => maximize
        ? candidate >= limit - slack(candidate, limit)
        : candidate <= limit + slack(candidate, limit);
    const c = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(candidate);
    const b = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(benchmark);
    if (policy.tolerance !== undefined) {
        const allowed = policy.tolerance * Math.abs(benchmark);
        const limit = maximize ? benchmark - allowed : benchmark + allowed;
        const tol = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFractionAsPercent */ .$r)(policy.tolerance);
        checks.push(within(limit)
            ? pass('tolerance', `${name} ${c} within tolerance ${tol} of ${b}`)
            : fail('tolerance', `${name} ${c} is worse than ${b} by more than the tolerance ${tol} (limit ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(limit)})`));
    }
    if (policy.maxRegression !== undefined) {
        const limit = maximize ? benchmark - policy.maxRegression : benchmark + policy.maxRegression;
        const mr = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(policy.maxRegression);
        checks.push(within(limit)
            ? pass('maxRegression', `${name} ${c} within maxRegression ${mr} of ${b}`)
            : fail('maxRegression', `${name} ${c} is worse than ${b} by more than maxRegression ${mr} (limit ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(limit)})`));
    }
    return checks;
}
function pass(rule, reason) {
    return { rule, verdict: 'pass', reason };
}
function fail(rule, reason) {
    return { rule, verdict: 'fail', reason };
}


/***/ }),

/***/ 98775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ formatFractionAsPercent),
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   dJ: () => (/* binding */ chartable),
/* harmony export */   h9: () => (/* binding */ formatSignedPercent),
/* harmony export */   ku: () => (/* binding */ plainNumber),
/* harmony export */   td: () => (/* binding */ formatPValue)
/* harmony export */ });
/**
 * Numbers written as text: every formatting of a number modelgate shows
 * (reading numbers from text cells is numbers.ts).
 *
 * For people — comparison reasons, tables, summaries: metrics range from
 * 0.9213 (accuracy) to 31 (latency in ms) to 1.2e-5 (a loss), so values are
 * shown with a fixed number of significant digits rather than decimals, and
 * without trailing zeros ("33", not "33.00").
 *
 * For charts — mermaid and SVG (present/charts/): `plainNumber` never writes
 * an exponent, which mermaid cannot read, so `chartable` keeps out what it
 * cannot write in full.
 */
/** `x` with `digits` significant digits: 0.92134 → "0.9213", 33 → "33", 123456.7 → "123457". */
function formatNumber(x, digits = 4) {
    if (!Number.isFinite(x))
        return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
    if (x === 0)
        return '0';
    const abs = Math.abs(x);
    if (abs >= 1e-4 && abs < 1e15) {
        // Integer digits are never dropped: 123456.7 keeps all six.
        const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
        return trimZeros(x.toFixed(Math.min(decimals, 100)));
    }
    const [mantissa, exponent] = x.toExponential(digits - 1).split('e');
    return `${trimZeros(mantissa)}e${exponent}`;
}
/** A signed change: "+0.009", "-2", "±0" for no change. */
function formatSigned(x, digits = 4) {
    if (x === 0)
        return '±0';
    const text = formatNumber(x, digits);
    return x > 0 ? `+${text}` : text;
}
/** A change already in percent (1.0 = 1 %): "+1.0%", "-0.25%", "±0%". */
function formatSignedPercent(pct) {
    if (pct === 0)
        return '±0%';
    // One decimal reads well for most changes; tiny ones keep two significant digits.
    const text = Math.abs(pct) >= 1 ? pct.toFixed(1) : formatNumber(pct, 2);
    return `${pct > 0 ? '+' : ''}${text}%`;
}
/** A fraction as a percentage: 0.1 → "10%", 0.025 → "2.5%". */
function formatFractionAsPercent(fraction) {
    return `${formatNumber(fraction * 100, 3)}%`;
}
/** "p = 0.031", "p = 0.0012", "p < 0.0001". */
function formatPValue(p) {
    if (Number.isNaN(p))
        return 'p = NaN';
    if (p < 1e-4)
        return 'p < 0.0001';
    return `p = ${formatNumber(p, 2)}`;
}
/** A value a chart can place: finite, and printable without an exponent. */
function chartable(x) {
    // Beyond 1e21 JavaScript prints exponents only, which mermaid does not read.
    return typeof x === 'number' && Number.isFinite(x) && Math.abs(x) < 1e21;
}
/** A number mermaid parses: no exponent, no float noise (0.1 + 0.2 → 0.3). */
function plainNumber(x) {
    const s = String(Number(x.toPrecision(6)));
    if (!/e/i.test(s))
        return s;
    return x.toFixed(20).replace(/\.?0+$/, '');
}
function trimZeros(text) {
    return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}


/***/ })

};
