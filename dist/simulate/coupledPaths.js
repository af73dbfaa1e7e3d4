import { nextNormal } from "../rng/ziggurat.js";
export function coupledPaths(o) {
    const d = o.landscape.dim;
    const m = o.substeps;
    const h = o.eta / m;
    const sqrtH = Math.sqrt(h);
    const sqrtEta = Math.sqrt(o.eta);
    const invSqrtM = 1 / Math.sqrt(m);
    const integrator = o.integrator ?? (o.noise && !o.noise.constant ? "eulerMaruyama" : "heun");
    const nModels = o.models.length;
    const rec = (n) => o.checkpoints.map(() => new Float64Array(n * d));
    const result = { sgd: rec(o.particles), sde: {} };
    for (const model of o.models)
        result.sde[model] = rec(o.particles);
    const x = new Float64Array(d);
    const ys = Array.from({ length: nModels }, () => new Float64Array(d));
    const z = new Float64Array(m * d);
    const g = new Float64Array(d);
    const b1 = new Float64Array(d);
    const b2 = new Float64Array(d);
    const yPred = new Float64Array(d);
    const dw = new Float64Array(d);
    const Hm = new Float64Array(d * d);
    const L = new Float64Array(d * d);
    const noiseVec = new Float64Array(d);
    if (o.noise?.constant)
        o.noise.factor(x, L);
    const drift = (model, y, out) => {
        o.landscape.gradient(y, out);
        if (model === "sme2") {
            // −(∇f + (η/2)∇²f ∇f): the Li–Tai–E order-2 correction.
            o.landscape.hessian(y, Hm);
            for (let i = 0; i < d; i++) {
                let s = 0;
                for (let j = 0; j < d; j++)
                    s += Hm[i * d + j] * out[j];
                g[i] = s;
            }
            for (let i = 0; i < d; i++)
                out[i] = out[i] + 0.5 * o.eta * g[i];
        }
        for (let i = 0; i < d; i++)
            out[i] = -out[i];
    };
    /** noiseVec = √η L(y) w */
    const diffuse = (y, w) => {
        if (o.noise && !o.noise.constant)
            o.noise.factor(y, L);
        for (let i = 0; i < d; i++) {
            let s = 0;
            for (let j = 0; j < d; j++)
                s += L[i * d + j] * w[j];
            noiseVec[i] = o.noise ? sqrtEta * s : 0;
        }
    };
    for (let p = 0; p < o.particles; p++) {
        x.set(o.x0);
        for (const y of ys)
            y.set(o.x0);
        let c = 0;
        const record = () => {
            for (let i = 0; i < d; i++) {
                result.sgd[c][i * o.particles + p] = x[i];
                for (let mi = 0; mi < nModels; mi++)
                    result.sde[o.models[mi]][c][i * o.particles + p] = ys[mi][i];
            }
            c++;
        };
        while (c < o.checkpoints.length && o.checkpoints[c] === 0)
            record();
        for (let k = 1; k <= o.steps; k++) {
            for (let j = 0; j < m * d; j++)
                z[j] = o.noise ? nextNormal(o.rng) : 0;
            // SGD step with ζ = Σ_j z_j / √m.
            for (let i = 0; i < d; i++) {
                let s = 0;
                for (let j = 0; j < m; j++)
                    s += z[j * d + i];
                dw[i] = s * invSqrtM;
            }
            if (o.noise && !o.noise.constant)
                o.noise.factor(x, L);
            o.landscape.gradient(x, g);
            for (let i = 0; i < d; i++) {
                let s = 0;
                for (let j = 0; j < d; j++)
                    s += L[i * d + j] * dw[j];
                b1[i] = o.noise ? s : 0;
            }
            for (let i = 0; i < d; i++)
                x[i] = x[i] - o.eta * g[i] + o.eta * b1[i];
            // SDE substeps.
            for (let mi = 0; mi < nModels; mi++) {
                const model = o.models[mi];
                const y = ys[mi];
                for (let j = 0; j < m; j++) {
                    for (let i = 0; i < d; i++)
                        dw[i] = model === "gf" ? 0 : sqrtH * z[j * d + i];
                    diffuse(y, dw);
                    drift(model, y, b1);
                    if (integrator === "heun") {
                        for (let i = 0; i < d; i++)
                            yPred[i] = y[i] + h * b1[i] + noiseVec[i];
                        drift(model, yPred, b2);
                        for (let i = 0; i < d; i++)
                            y[i] = y[i] + 0.5 * h * (b1[i] + b2[i]) + noiseVec[i];
                    }
                    else {
                        for (let i = 0; i < d; i++)
                            y[i] = y[i] + h * b1[i] + noiseVec[i];
                    }
                }
            }
            while (c < o.checkpoints.length && o.checkpoints[c] === k)
                record();
        }
    }
    return result;
}
//# sourceMappingURL=coupledPaths.js.map