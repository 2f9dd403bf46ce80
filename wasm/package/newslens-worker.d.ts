// Types of newslens-worker.mjs: a module to run as a module Web Worker, which exports nothing
// (NewslensClient starts it; see newslens-worker.mjs to start it yourself). The messages it
// takes and answers:
export type { WorkerRequest, WorkerResponse } from './newslens-client.js';
