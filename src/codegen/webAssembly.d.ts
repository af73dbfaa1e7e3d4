/**
 * The part of the WebAssembly JS API the kernels use (Node has it as a global; @types/node does not declare it
 * without the DOM library, which this package does not load). Types only: nothing here reaches dist/.
 */
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports?: Record<string, Record<string, unknown>>);
    readonly exports: Record<string, unknown>;
  }
  class Memory {
    readonly buffer: ArrayBuffer;
    grow(pages: number): number;
  }
}
