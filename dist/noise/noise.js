export {};
//# sourceMappingURL=noise.js.map