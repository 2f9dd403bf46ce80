// All that Vite needs, and only for its dev server: it pre-bundles dependencies into
// node_modules/.vite/deps, away from newslens.wasm and newslens-worker.mjs, which the package
// finds beside its modules (`new URL('…', import.meta.url)`). `vite build` needs nothing.
export default {
  optimizeDeps: { exclude: ['newslens'] },
};
