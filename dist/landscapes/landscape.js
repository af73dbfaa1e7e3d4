export {};
//# sourceMappingURL=landscape.js.map