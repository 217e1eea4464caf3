// Charts do not depend on the time zone of the machine that renders them: the timeline (dates on
// a calendar axis) and the casualty figures come out byte for byte the same in processes set to
// UTC, to UTC+14 and to UTC-8.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const script = join(import.meta.dirname, 'printChartSvg.ts');
const svgIn = (chart: string, tz: string) =>
  execFileSync(process.execPath, ['--import', 'tsx', script, chart], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });

for (const chart of ['timeline', 'casualty-figures']) {
  test(`${chart}: the same SVG in UTC, Pacific/Kiritimati and America/Los_Angeles`, () => {
    const utc = svgIn(chart, 'UTC');
    assert.ok(utc.startsWith('<svg'));
    assert.is(svgIn(chart, 'Pacific/Kiritimati'), utc);
    assert.is(svgIn(chart, 'America/Los_Angeles'), utc);
  });
}

test.run();
