// temp: rerun proposal keys over a run's tables and write proposals.csv into OUT
import { readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import * as aq from 'arquero';
import { readCodebook } from '/work/wt/keys10/readers/readCodebook.ts';
import { proposalKeys } from '/work/wt/keys10/transforms/proposals/proposalKeys.ts';
const [tables, out] = process.argv.slice(2);
const codebook = await readCodebook('/work/wt/keys10/sheets/codebook.xlsx');
const read = (n: string) => aq.fromCSV(readFileSync(`${tables}/${n}.csv`, 'utf8'), { autoType: false });
const keyed = proposalKeys(read('proposals'), read('articles'), read('sentences'), codebook);
mkdirSync(out, { recursive: true });
cpSync(tables, out, { recursive: true });
writeFileSync(`${out}/proposals.csv`, keyed.toCSV());
