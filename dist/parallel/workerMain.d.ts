export {};
//# sourceMappingURL=workerMain.d.ts.map