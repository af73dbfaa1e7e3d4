// A consumer's own landscape, as another project would write it: the tilted double well
// f = x⁴/4 − x²/2 + 0.05·x with exact derivatives and its critical points declared. No gradientSource: the
// suite's kernels then call `gradient` (the slower, general path).
const tilt = 0.05;
function criticalPoints() {
  // Roots of x³ − x + tilt by Newton from the three natural starts.
  const root = (x) => {
    for (let k = 0; k < 60; k++) x -= (x * x * x - x + tilt) / (3 * x * x - 1);
    return x;
  };
  return [
    { label: "left well", x: [root(-1)], kind: "minimum" },
    { label: "barrier", x: [root(0)], kind: "saddle" },
    { label: "right well", x: [root(1)], kind: "minimum" },
  ];
}

export const landscape = {
  name: "consumer's tilted double well",
  dim: 1,
  value: (x) => x[0] ** 4 / 4 - x[0] ** 2 / 2 + tilt * x[0],
  gradient: (x, out) => {
    out[0] = x[0] * x[0] * x[0] - x[0] + tilt;
    return out;
  },
  hessian: (x, out) => {
    out[0] = 3 * x[0] * x[0] - 1;
    return out;
  },
  criticalPoints: criticalPoints(),
};
