/*
 * C baseline for `npm run bench`: the 1-D double-well SGD step x <- x - eta*((x^3 - x) + sigma*z), z ~ N(0, 1),
 * with the same algorithm as the JS kernel (src/simulate/sgdKernel.ts):
 *   - xoshiro128** 1.1, one stream per block of particles, seeded with the 4 key words the JS side derives;
 *   - the 256-layer ziggurat of src/rng/ziggurat.ts (layer = low 8 bits, value = high 24 bits as a signed
 *     integer), tables built by the same recurrence, the same slow path (wedge, Marsaglia tail);
 *   - blocks in order, steps outer / particles inner, draws consumed in (step, particle) order.
 * Compile with -ffp-contract=off: gcc otherwise fuses multiply-adds (FMA), which JS cannot do, and the final
 * states would no longer be bit-identical.
 *
 * Input (stdin, written by bench/run.ts), whitespace separated, doubles as 16 hex digits of their IEEE bits:
 *   particles blockSize steps warmup reps paced
 *   eta sigma x0
 *   blocks, then 4 hex words per block (the xoshiro128** state)
 *   the JS tables: 256 K (decimal), 256 W (bits), 256 F (bits). C builds its own tables, reports how many
 *   entries differ, and runs on the JS tables (on its own with a second argument `--own-tables`).
 * paced = 1: before each repetition (warm-up included) wait for a token on stdin and report the repetition's
 * ns/step as a JSON line when done, so the caller can interleave its own repetitions with C's (both then see
 * the same machine load). paced = 0: run all repetitions at once.
 * Output: one JSON summary line on stdout; the final states of the last repetition as raw little-endian doubles to
 * argv[1] (if given and not "-").
 */
#define _POSIX_C_SOURCE 199309L
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define LAYERS 256
static const double ZR = 3.6541528853610088; /* right edge of the base layer */
static const double AREA = 0.00492867323399;  /* area of every layer */
static const double M24 = 8388608.0;          /* 2^23: scale of the 24-bit signed abscissa */

static int32_t K[LAYERS];
static double W[LAYERS], F[LAYERS];

static void build_tables(void) {
  double dn = ZR, tn = dn;
  const double q = AREA / exp(-0.5 * dn * dn);
  K[0] = (int32_t)floor((dn / q) * M24);
  K[1] = 0;
  W[0] = q / M24;
  W[255] = dn / M24;
  F[0] = 1;
  F[255] = exp(-0.5 * dn * dn);
  for (int i = 254; i >= 1; i--) {
    dn = sqrt(-2 * log(AREA / dn + exp(-0.5 * dn * dn)));
    K[i + 1] = (int32_t)floor((dn / tn) * M24);
    tn = dn;
    F[i] = exp(-0.5 * dn * dn);
    W[i] = dn / M24;
  }
}

typedef struct {
  uint32_t s[4];
} rng_t;

static inline uint32_t rotl(uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }

static inline uint32_t next_u32(rng_t *r) {
  uint32_t *s = r->s;
  const uint32_t out = rotl(s[1] * 5, 7) * 9;
  const uint32_t t = s[1] << 9;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 11);
  return out;
}

static inline double open_unit(rng_t *r) { return ((double)next_u32(r) + 0.5) * 2.3283064365386963e-10; }

static uint64_t slow_calls, tail_calls;

/* Bit-for-bit the same as normalSlowPath in src/rng/ziggurat.ts. */
static __attribute__((noinline)) double normal_slow(rng_t *r, int32_t hz, int i) {
  slow_calls++;
  for (;;) {
    const double x = hz * W[i];
    if (i == 0) {
      double tx, ty;
      tail_calls++;
      do {
        tx = -log(open_unit(r)) / ZR;
        ty = -log(open_unit(r));
      } while (ty + ty < tx * tx);
      return hz > 0 ? ZR + tx : -ZR - tx;
    }
    if (F[i] + open_unit(r) * (F[i - 1] - F[i]) < exp(-0.5 * x * x)) return x;
    const uint32_t u = next_u32(r);
    i = (int)(u & 255);
    hz = (int32_t)u >> 8;
    if ((hz < 0 ? -hz : hz) < K[i]) return hz * W[i];
  }
}

/* One block: the state lives in locals for the loop (as in the JS kernel), the slow path goes through memory. */
static inline __attribute__((always_inline)) void sgd_block(double *restrict x, int from, int to, int steps,
                                                            double eta, double sigma, rng_t *rng) {
  uint32_t s0 = rng->s[0], s1 = rng->s[1], s2 = rng->s[2], s3 = rng->s[3];
  for (int k = 0; k < steps; k++) {
    for (int p = from; p < to; p++) {
      const double x0 = x[p];
      const uint32_t u = rotl(s1 * 5, 7) * 9;
      const uint32_t t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = rotl(s3, 11);
      const int li = (int)(u & 255);
      const int32_t hz = (int32_t)u >> 8;
      double z;
      if ((hz < 0 ? -hz : hz) < K[li]) {
        z = hz * W[li];
      } else {
        rng->s[0] = s0, rng->s[1] = s1, rng->s[2] = s2, rng->s[3] = s3;
        z = normal_slow(rng, hz, li);
        s0 = rng->s[0], s1 = rng->s[1], s2 = rng->s[2], s3 = rng->s[3];
      }
      x[p] = x0 - eta * ((x0 * x0 * x0 - x0) + sigma * z);
    }
  }
  rng->s[0] = s0, rng->s[1] = s1, rng->s[2] = s2, rng->s[3] = s3;
}

static inline __attribute__((always_inline)) void run_blocks(double *x, int particles, int block, int steps,
                                                             double eta, double sigma, rng_t *rngs) {
  for (int b = 0, from = 0; from < particles; b++, from += block) {
    const int to = from + block < particles ? from + block : particles;
    sgd_block(x, from, to, steps, eta, sigma, &rngs[b]);
  }
}

/* Specialised for sigma = 1 (the JS kernel splices sigma in as a literal, so it pays no multiply either). */
static __attribute__((noinline)) void run_sigma1(double *x, int n, int block, int steps, double eta, rng_t *rngs) {
  run_blocks(x, n, block, steps, eta, 1.0, rngs);
}
static __attribute__((noinline)) void run_general(double *x, int n, int block, int steps, double eta, double sigma,
                                                  rng_t *rngs) {
  run_blocks(x, n, block, steps, eta, sigma, rngs);
}

static double read_double(void) {
  unsigned long long bits;
  if (scanf("%llx", &bits) != 1) {
    fprintf(stderr, "baseline: bad input (double)\n");
    exit(2);
  }
  double d;
  uint64_t b64 = (uint64_t)bits;
  memcpy(&d, &b64, sizeof d);
  return d;
}

static int read_int(void) {
  long v;
  if (scanf("%ld", &v) != 1) {
    fprintf(stderr, "baseline: bad input (int)\n");
    exit(2);
  }
  return (int)v;
}

static double now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b) {
  const double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int main(int argc, char **argv) {
  const int particles = read_int(), block = read_int(), steps = read_int(), warmup = read_int(),
            reps = read_int(), paced = read_int();
  const double eta = read_double(), sigma = read_double(), x0 = read_double();
  const int blocks = read_int();
  if (particles < 1 || block < 1 || steps < 0 || reps < 1 || warmup < 0 || blocks != (particles + block - 1) / block) {
    fprintf(stderr, "baseline: inconsistent parameters\n");
    return 2;
  }
  rng_t *keys = malloc(sizeof(rng_t) * (size_t)blocks), *rngs = malloc(sizeof(rng_t) * (size_t)blocks);
  double *x = malloc(sizeof(double) * (size_t)particles), *samples = malloc(sizeof(double) * (size_t)reps);
  if (!keys || !rngs || !x || !samples) return 2;
  for (int b = 0; b < blocks; b++)
    for (int j = 0; j < 4; j++) {
      unsigned long w;
      if (scanf("%lx", &w) != 1) {
        fprintf(stderr, "baseline: bad input (key)\n");
        return 2;
      }
      keys[b].s[j] = (uint32_t)w;
    }

  /* Build the tables with this libm, count the entries that differ from V8's, then run on V8's tables: exp and
     log differ in the last ulp between glibc and V8 (fdlibm) for some arguments and the recurrence carries such
     a difference down the layers; the kernel cross-check should test the kernel, not the two libms. */
  build_tables();
  int mismatchK = 0, mismatchW = 0, mismatchF = 0;
  int32_t jsK[LAYERS];
  double jsW[LAYERS], jsF[LAYERS];
  for (int i = 0; i < LAYERS; i++) mismatchK += (jsK[i] = read_int()) != K[i];
  for (int i = 0; i < LAYERS; i++) jsW[i] = read_double(), mismatchW += memcmp(&jsW[i], &W[i], sizeof(double)) != 0;
  for (int i = 0; i < LAYERS; i++) jsF[i] = read_double(), mismatchF += memcmp(&jsF[i], &F[i], sizeof(double)) != 0;
  const int own_tables = argc > 2 && strcmp(argv[2], "--own-tables") == 0;
  if (!own_tables) {
    memcpy(K, jsK, sizeof K);
    memcpy(W, jsW, sizeof W);
    memcpy(F, jsF, sizeof F);
  }

  for (int r = -warmup; r < reps; r++) {
    if (paced) {
      char go[16];
      if (scanf("%15s", go) != 1) {
        fprintf(stderr, "baseline: input ended before repetition %d\n", r + warmup + 1);
        return 2;
      }
    }
    for (int p = 0; p < particles; p++) x[p] = x0;
    memcpy(rngs, keys, sizeof(rng_t) * (size_t)blocks);
    slow_calls = tail_calls = 0;
    const double t0 = now_ns();
    if (sigma == 1.0)
      run_sigma1(x, particles, block, steps, eta, rngs);
    else
      run_general(x, particles, block, steps, eta, sigma, rngs);
    const double t1 = now_ns();
    const double ns = (t1 - t0) / ((double)particles * (double)steps);
    if (r >= 0) samples[r] = ns;
    if (paced) {
      printf("{\"rep\":%d,\"ns\":%.6g}\n", r, ns);
      fflush(stdout);
    }
  }

  double sum = 0;
  for (int p = 0; p < particles; p++) sum += x[p];
  if (argc > 1 && strcmp(argv[1], "-") != 0) {
    FILE *f = fopen(argv[1], "wb");
    if (!f || fwrite(x, sizeof(double), (size_t)particles, f) != (size_t)particles || fclose(f) != 0) {
      fprintf(stderr, "baseline: cannot write %s\n", argv[1]);
      return 2;
    }
  }

  printf("{\"samplesNs\":[");
  for (int r = 0; r < reps; r++) printf("%s%.6g", r ? "," : "", samples[r]);
  qsort(samples, (size_t)reps, sizeof(double), cmp_double);
  const double median = reps % 2 ? samples[reps / 2] : 0.5 * (samples[reps / 2 - 1] + samples[reps / 2]);
  printf("],\"nsPerStep\":%.6g,\"nsPerStepMin\":%.6g,\"sum\":%.17g,\"mean\":%.17g,\"first\":[", median, samples[0],
         sum, sum / particles);
  for (int p = 0; p < particles && p < 4; p++) printf("%s%.17g", p ? "," : "", x[p]);
  printf("],\"slowCalls\":%llu,\"tailCalls\":%llu,\"tableMismatches\":{\"K\":%d,\"W\":%d,\"F\":%d}}\n",
         (unsigned long long)slow_calls, (unsigned long long)tail_calls, mismatchK, mismatchW, mismatchF);
  free(keys);
  free(rngs);
  free(x);
  free(samples);
  return 0;
}
