import { type Code, WasmFunction, type WasmModule, w } from "../codegen/wasm.ts";

/**
 * exp(x) as a WebAssembly function that returns V8's `Math.exp(x)` to the bit: V8 computes Math.exp with
 * fdlibm's e_exp.c (FreeBSD msun, src/base/ieee754.cc), and this is that algorithm transcribed operation for
 * operation — argument reduction x = k·ln2 + r with ln2 split in two, the degree-5 rational remez form for
 * exp(r), and the scale by 2^k through the exponent bits. Exactness against Math.exp is a spec
 * (specs/math/wasmExp.spec.ts), over the whole range and densely on the slow path's [−6.7, 0].
 *
 * Why not import Math.exp: the normal draw's wedge test calls exp on ≈ 1.4% of draws, and a call from
 * WebAssembly into a JS function costs tens of nanoseconds — about a tenth of the bench's step time.
 * Arguments with |x| ≥ 709.78 (overflow, underflow, ±∞, NaN) are rare enough to go to the imported Math.exp
 * (`fallback`), so only fdlibm's finite path is transcribed.
 */
export function defineWasmExp(module: WasmModule, fallback: number, exported = false): number {
  const f = new WasmFunction("exp", [["x", "f64"]], "f64");
  const { get, set, i32, i64, f64 } = w;
  const x = f.ref("x");
  const hi = f.local("hi", "f64");
  const lo = f.local("lo", "f64");
  const c = f.local("c", "f64");
  const t = f.local("t", "f64");
  const y = f.local("y", "f64");
  const twopk = f.local("twopk", "f64");
  const k = f.local("k", "i32");
  const hx = f.local("hx", "i32");
  const xsb = f.local("xsb", "i32");
  // fdlibm's constants, as its source writes them.
  const LN2_HI = 6.9314718036912381649e-1;
  const LN2_LO = 1.90821492927058770002e-10;
  const INV_LN2 = Math.LOG2E; // fdlibm writes 1.44269504088896338700 (0x3ff71547 652b82fe): the same double
  const [P1, P2, P3, P4, P5] = [
    1.66666666666666019037e-1, -2.77777777770155933842e-3, 6.61375632143793436117e-5,
    -1.6533902205465251539e-6, 4.13813679705723846039e-8,
  ];
  // 2^k as a double from its exponent bits: INSERT_WORDS(twopk, 0x3ff00000 + (k << 20), 0).
  const powerOfTwo = (high: Code) => f64.reinterpretI64(i64.shl(i64.extendI32U(high), i64.const(32)));
  const polynomial = f64.mul(
    get(t),
    f64.add(
      f64.const(P1),
      f64.mul(
        get(t),
        f64.add(
          f64.const(P2),
          f64.mul(
            get(t),
            f64.add(f64.const(P3), f64.mul(get(t), f64.add(f64.const(P4), f64.mul(get(t), f64.const(P5))))),
          ),
        ),
      ),
    ),
  );
  f.body = [
    set(hx, i32.wrapI64(i64.shrU(i64.reinterpretF64(get(x)), i64.const(32)))),
    set(xsb, i32.and(i32.shrU(get(hx), i32.const(31)), i32.const(1))),
    set(hx, i32.and(get(hx), i32.const(0x7fffffff))),
    // |x| ≥ 709.78…, ±∞, NaN: not on the kernels' path; V8's own function answers.
    w.if(i32.geU(get(hx), i32.const(0x40862e42)), [w.ret(w.call(fallback, get(x)))]),
    w.if(
      i32.gtU(get(hx), i32.const(0x3fd62e42)),
      [
        // |x| > ln2/2: reduce.
        w.if(
          i32.ltU(get(hx), i32.const(0x3ff0a2b2)),
          [
            // ln2/2 < |x| < 3 ln2/2: k = ±1 (fdlibm special-cases exp(1) = E).
            w.if(f64.eq(get(x), f64.const(1)), [w.ret(f64.const(Math.E))]),
            set(hi, f64.sub(get(x), w.select(f64.const(-LN2_HI), f64.const(LN2_HI), get(xsb)))),
            set(lo, w.select(f64.const(-LN2_LO), f64.const(LN2_LO), get(xsb))),
            set(k, i32.sub(i32.sub(i32.const(1), get(xsb)), get(xsb))),
          ],
          [
            // k = (int)(x/ln2 ± 1/2), truncated toward zero as the C cast does.
            set(
              k,
              i32.truncF64S(
                f64.add(
                  f64.mul(f64.const(INV_LN2), get(x)),
                  w.select(f64.const(-0.5), f64.const(0.5), get(xsb)),
                ),
              ),
            ),
            set(t, f64.convertI32S(get(k))),
            set(hi, f64.sub(get(x), f64.mul(get(t), f64.const(LN2_HI)))),
            set(lo, f64.mul(get(t), f64.const(LN2_LO))),
          ],
        ),
        set(x, f64.sub(get(hi), get(lo))),
      ],
      [
        // |x| < 2^−28: 1 + x (fdlibm's `huge + x > one` only raises inexact).
        w.if(i32.ltU(get(hx), i32.const(0x3e300000)), [w.ret(f64.add(f64.const(1), get(x)))]),
        set(k, i32.const(0)),
      ],
    ),
    set(t, f64.mul(get(x), get(x))),
    set(
      twopk,
      w.select(
        powerOfTwo(i32.add(i32.const(0x3ff00000), i32.shl(get(k), i32.const(20)))),
        powerOfTwo(i32.add(i32.const(0x3ff00000), i32.shl(i32.add(get(k), i32.const(1000)), i32.const(20)))),
        i32.geS(get(k), i32.const(-1021)),
      ),
    ),
    set(c, f64.sub(get(x), polynomial)),
    w.if(i32.eqz(get(k)), [
      w.ret(
        f64.sub(
          f64.const(1),
          f64.sub(f64.div(f64.mul(get(x), get(c)), f64.sub(get(c), f64.const(2))), get(x)),
        ),
      ),
    ]),
    set(
      y,
      f64.sub(
        f64.const(1),
        f64.sub(f64.sub(get(lo), f64.div(f64.mul(get(x), get(c)), f64.sub(f64.const(2), get(c)))), get(hi)),
      ),
    ),
    w.if(i32.geS(get(k), i32.const(-1021)), [
      w.if(i32.eq(get(k), i32.const(1024)), [
        w.ret(f64.mul(f64.mul(get(y), f64.const(2)), f64.const(8.988465674311579539e307))),
      ]),
      w.ret(f64.mul(get(y), get(twopk))),
    ]),
    f64.mul(f64.mul(get(y), get(twopk)), f64.const(9.3326361850321887899e-302)),
  ];
  return module.define(f, exported);
}
