/**
 * Compile kernel source into a function. The factory receives the ziggurat tables and slow path plus any
 * extra bindings (landscape callbacks, noise-fragment arrays), so generated code closes over them as constants
 * and V8 specialises the loop for one landscape and one noise model.
 *
 * Generated code is debuggable like written code: every kernel carries a `//# sourceURL` named after its
 * kind and a hash of its text (stack traces and profilers show `kernels/sgdEnsemble-3fa2….js`), and with the
 * environment variable SGD_DUMP_KERNELS=DIR each compiled source is also written to DIR under that name.
 */
export declare function compileKernel<F>(name: string, source: string, extra?: Record<string, unknown>): F;
//# sourceMappingURL=compile.d.ts.map