import { Xoshiro128 } from "/work/main/src/rng/xoshiro128.ts";
import { ZIG_K, ZIG_W, normalSlowPath } from "/work/main/src/rng/ziggurat.ts";
const NORMAL = (v: string) => `
      r5 = Math.imul(s1, 5); u = Math.imul((r5 << 7) | (r5 >>> 25), 9); t = s1 << 9;
      s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
      li = u & 255; hz = u >> 8;
      if (Math.abs(hz) < K[li]) ${v} = hz * W[li];
      else { st[0] = s0; st[1] = s1; st[2] = s2; st[3] = s3; ${v} = slow(rng, hz, li);
             s0 = st[0] | 0; s1 = st[1] | 0; s2 = st[2] | 0; s3 = st[3] | 0; }`;
const src = `
  return function sgd1d(x, from, to, steps, eta, sigma, rng) {
    const st = rng.state;
    let s0 = st[0] | 0, s1 = st[1] | 0, s2 = st[2] | 0, s3 = st[3] | 0;
    let r5 = 0, u = 0, t = 0, li = 0, hz = 0, z = 0.0;
    const es = eta * sigma;
    for (let k = 0; k < steps; k++) {
      for (let p = from; p < to; p++) {
        const xi = x[p];
        ${NORMAL("z")}
        x[p] = xi - eta * (xi * xi * xi - xi) + es * z;
      }
    }
    st[0] = s0; st[1] = s1; st[2] = s2; st[3] = s3;
  };`;
const k = new Function("K", "W", "slow", src)(ZIG_K, ZIG_W, normalSlowPath);
const N = 100000, steps = 1000, BS = 2048;
for (let rep = 0; rep < 4; rep++) {
  const x = new Float64Array(N).fill(-1);
  const rng = Xoshiro128.fromName("bench");
  const t0 = performance.now();
  for (let b = 0; b < N; b += BS) k(x, b, Math.min(N, b + BS), steps, 0.01, 1, rng);
  const dt = performance.now() - t0;
  let m = 0; for (const v of x) m += v;
  console.log((dt * 1e6) / (N * steps), "ns/step", m / N);
}
