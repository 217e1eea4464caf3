// The entry piscina loads for chart workers: Vega has top-level await, so the worker cannot be
// `require`d as the article workers are; tsx's ESM hook is registered here, then the TypeScript
// worker imported.
import { register } from 'tsx/esm/api';

register();
const { default: run } = await import('./chartWorker.ts');
export default run;
