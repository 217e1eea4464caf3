// Vega-Lite → Vega, with every warning the compiler logs collected instead of printed.
import * as vl from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { Spec as VegaSpec } from 'vega';
import { collectingLogger } from './collectingLogger.ts';

type CompileLogger = NonNullable<NonNullable<Parameters<typeof vl.compile>[1]>['logger']>;

export interface Compiled {
  vega: VegaSpec;
  warnings: string[];
}

export function compileSpec(spec: TopLevelSpec): Compiled {
  const logger = collectingLogger();
  const vega = vl.compile(spec, { logger: logger as unknown as CompileLogger }).spec as VegaSpec;
  return { vega, warnings: logger.messages };
}
