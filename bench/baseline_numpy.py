"""numpy baseline for `npm run bench`: the 1-D double-well SGD step vectorised over all particles,

    x -= eta * (x**3 - x) + eta * sigma * z,   z = rng.standard_normal(n)   (numpy's default Generator, PCG64)

written with preallocated buffers and in-place ufuncs (no temporaries per step: the fastest plain numpy form;
x*x*x rather than x**3, which goes through pow). numpy's normals come from its own ziggurat, so only the
speed is comparable, not the numbers.

Usage: python3 baseline_numpy.py PARTICLES MAX_STEPS WARMUP REPS ETA SIGMA X0 TARGET_SECONDS
A probe run picks the number of steps (at most MAX_STEPS) for about TARGET_SECONDS per repetition.
Prints one JSON line.
"""

import json
import math
import sys
import time

import numpy as np


def run(x, z, t, rng, steps, eta, eta_sigma):
    for _ in range(steps):
        np.multiply(x, x, out=t)
        np.multiply(t, x, out=t)
        np.subtract(t, x, out=t)
        np.multiply(t, eta, out=t)
        rng.standard_normal(out=z)
        np.multiply(z, eta_sigma, out=z)
        np.subtract(x, t, out=x)
        np.subtract(x, z, out=x)


def main():
    n, max_steps, warmup, reps = (int(a) for a in sys.argv[1:5])
    eta, sigma, x0, target = (float(a) for a in sys.argv[5:9])
    x = np.empty(n)
    z = np.empty(n)
    t = np.empty(n)
    rng = np.random.default_rng(20170522)

    probe = max(1, min(max_steps, 20))
    x.fill(x0)
    start = time.perf_counter_ns()
    run(x, z, t, rng, probe, eta, eta * sigma)
    probe_ns = (time.perf_counter_ns() - start) / (n * probe)
    steps = max(1, min(max_steps, math.ceil(target * 1e9 / (n * probe_ns))))

    samples = []
    for r in range(-warmup, reps):
        x.fill(x0)
        start = time.perf_counter_ns()
        run(x, z, t, rng, steps, eta, eta * sigma)
        elapsed = time.perf_counter_ns() - start
        if r >= 0:
            samples.append(elapsed / (n * steps))
    s = sorted(samples)
    mid = len(s) // 2
    median = s[mid] if len(s) % 2 else 0.5 * (s[mid - 1] + s[mid])
    print(
        json.dumps(
            {
                "nsPerStep": median,
                "nsPerStepMin": s[0],
                "samplesNs": samples,
                "steps": steps,
                "numpy": np.__version__,
                "mean": float(x.mean()),
            }
        )
    )


if __name__ == "__main__":
    main()
