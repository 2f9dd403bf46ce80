// Prepended inside the factory of newslens.single.mjs only (see wasm/CMakeLists.txt): with the
// wasm inlined as a data: URI, Emscripten 3.1.6 would fetch() that URI, which a strict
// Content-Security-Policy blocks (and reports). This shadows the global for the glue's code, so
// it decodes the inlined base64 directly. The glue uses fetch for nothing else (no filesystem).
var fetch = undefined;
