// proposals: which proposals each outlet reported, and how it said they fared. A grid of
// proposal × outlet (the proposals table joined to the articles' outlet, one cell per
// proposal_key and outlet) coloured by the status the outlet reported; an empty cell is a
// proposal the outlet left out.
import type { TopLevelSpec } from 'vega-lite';
import { PROPOSALS, type Proposal } from '../transforms/schema/index.ts';
import type { ChartBuilder, ChartContext } from './ChartContext.ts';
import type { EventTables } from './eventTables.ts';
import { columnsOf } from './style/columnsOf.ts';
import { slide, eventLine, CHROME } from './style/slide.ts';
import { emptyBody } from './style/emptyBody.ts';
import { everyOutlet } from './style/drawnOutlets.ts';
import { OKABE_ITO, NEUTRAL_GREY, whiteTextTest } from './style/palette.ts';
import { INK, SIZES } from './style/theme.ts';

const P = columnsOf(PROPOSALS);
export const MAX_PROPOSALS = 16;
const OUTLET = 'outlet';
const LABEL = 'proposal';
const STATEMENTS = 'statements';

/**
 * Statuses from the most to the least decisive, with their colours; when an outlet's statements
 * of one proposal disagree, the cell shows the most decisive (an "agreed" outweighs a "proposed").
 */
export const STATUSES: { status: string; colour: string }[] = [
  { status: 'agreed', colour: OKABE_ITO[2] },
  { status: 'rejected', colour: OKABE_ITO[3] },
  { status: 'denied', colour: OKABE_ITO[4] },
  { status: 'not addressed', colour: NEUTRAL_GREY },
  { status: 'leaked', colour: OKABE_ITO[1] },
  { status: 'reported', colour: OKABE_ITO[5] },
  { status: 'proposed', colour: OKABE_ITO[0] },
];

export interface ProposalCell {
  proposal_key: string;
  proposal: string;
  outlet: string;
  status: string;
  statements: number;
  summary: string;
}

/** One cell per (proposal_key, outlet): its status, the number of statements, and a readable label. */
export function proposalCells(rows: readonly (Proposal & { outlet: string })[]): ProposalCell[] {
  const keyed = rows
    .map((r) => ({ ...r, key: r.proposal_key || r.proposal_id || '' }))
    .sort(
      (a, b) =>
        a.key.localeCompare(b.key, 'en') ||
        a.outlet.localeCompare(b.outlet, 'en') ||
        (a.article_id ?? '').localeCompare(b.article_id ?? '', 'en') ||
        (a.start ?? 0) - (b.start ?? 0),
    );
  const cells = new Map<string, ProposalCell>();
  const labelOf = new Map<string, string>();
  for (const r of keyed) {
    if (!labelOf.has(r.key)) labelOf.set(r.key, humanise(r.key));
    const id = `${r.key}\u0000${r.outlet}`;
    const cell = cells.get(id);
    const status = r.status || 'proposed';
    if (!cell)
      cells.set(id, {
        proposal_key: r.key,
        proposal: labelOf.get(r.key) ?? r.key,
        outlet: r.outlet,
        status,
        statements: 1,
        summary: r.summary ?? '',
      });
    else {
      cell.statements += 1;
      if (rank(status) < rank(cell.status)) cell.status = status;
    }
  }
  return [...cells.values()];
}

const rank = (status: string) => {
  const i = STATUSES.findIndex((s) => s.status === status);
  return i < 0 ? STATUSES.length : i;
};

/** "joint-command-centre-jordan" → "Joint command centre jordan". */
export function humanise(key: string): string {
  const words = key.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function proposalsSpec(tables: EventTables, ctx: ChartContext): TopLevelSpec {
  const title = 'Which proposals each outlet reported, and how they fared';
  const all = proposalCells(tables.proposals);
  if (!all.length)
    return slide(ctx, title, eventLine(ctx), emptyBody("No proposal was found in this event's articles.", ctx.slide));

  const reach = new Map<string, number>();
  for (const c of all) reach.set(c.proposal, (reach.get(c.proposal) ?? 0) + 1);
  const proposals = [...reach]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))
    .slice(0, MAX_PROPOSALS)
    .map(([p]) => p);
  const data = all.filter((c) => proposals.includes(c.proposal));
  const outlets = everyOutlet(ctx, data);
  const present = STATUSES.filter((s) => data.some((d) => d.status === s.status));
  const others = [...new Set(data.map((d) => d.status))].filter((s) => rank(s) === STATUSES.length).sort();
  const domain = [...present.map((s) => s.status), ...others];
  const range = [...present.map((s) => s.colour), ...others.map(() => '#DDDDDD')];
  const plotHeight = ctx.slide.height - CHROME.top - CHROME.bottom - 100;
  const plotWidth = ctx.slide.width - CHROME.sides - 560 - 280;

  return slide(ctx, title, `${eventLine(ctx)}. Grey: not reported by the outlet.`, {
    data: { values: data },
    width: { step: Math.max(160, Math.min(320, Math.floor(plotWidth / outlets.length))) },
    height: { step: Math.max(40, Math.min(90, Math.floor(plotHeight / proposals.length))) },
    view: { fill: INK.empty },
    encoding: {
      x: {
        field: OUTLET,
        type: 'nominal',
        sort: outlets,
        scale: { domain: outlets },
        title: null,
        axis: { orient: 'top', labelAngle: 0, domain: false, ticks: false },
      },
      y: {
        field: LABEL,
        type: 'nominal',
        sort: proposals,
        title: null,
        axis: { domain: false, ticks: false, labelLimit: 560 },
      },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: 'white', strokeWidth: 3 },
        encoding: {
          color: { field: P.status, type: 'nominal', title: 'Status as reported', scale: { domain, range } },
          tooltip: [
            { field: LABEL, title: 'Proposal' },
            { field: OUTLET, title: 'Outlet' },
            { field: P.status, title: 'Status' },
            { field: STATEMENTS, type: 'quantitative', title: 'Statements' },
            { field: P.summary, title: 'First statement' },
          ],
        },
      },
      {
        mark: { type: 'text', fontSize: SIZES.mark },
        encoding: {
          text: { field: P.status, type: 'nominal' },
          color: { condition: { test: whiteTextTest(P.status, { domain, range }), value: 'white' }, value: INK.text },
        },
      },
    ],
  });
}

export const proposals: ChartBuilder = {
  name: 'proposals',
  reading:
    'One row per proposal (the same proposal reported by several outlets shares a row), one column per outlet; the cell gives the status the outlet reported (proposed, leaked, denied, not addressed...), and a grey cell means the outlet did not report that proposal.',
  spec: proposalsSpec,
};
