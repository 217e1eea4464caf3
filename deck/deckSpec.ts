// The deck of a run: the corpus on the title slide (folder name, articles, outlets, events,
// dates of publication), then every rendered chart in the order of the report and the workbook.
import { basename, resolve } from 'node:path';
import type { ColumnTable } from 'arquero';
import type { RenderedChart } from '../charts/RenderedChart.ts';
import type { DeckSpec } from './Deck.ts';

export function deckSpec(corpus: string, articles: ColumnTable, charts: readonly RenderedChart[]): DeckSpec {
  const values = (name: string) =>
    articles.columnNames().includes(name)
      ? Array.from(articles.array(name) as ArrayLike<unknown>, (v) => (v == null ? '' : String(v))).filter(
          (v) => v !== '',
        )
      : [];
  const days = values('published')
    .filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v))
    .sort();
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const span = days.length
    ? days[0] === days[days.length - 1]
      ? days[0]
      : `${days[0]} to ${days[days.length - 1]}`
    : 'no publication dates';
  return {
    title: 'How each outlet framed the same events',
    subtitle: [
      `Corpus: ${basename(resolve(corpus))}`,
      `${count(articles.numRows(), 'article')} from ${count(new Set(values('outlet')).size, 'outlet')}, ${count(new Set(values('event_id')).size, 'event')}; published ${span}`,
      'Made with Framebook: the workbook framebook.xlsx holds the tables behind every chart.',
    ],
    slides: charts.map((c) => ({ title: c.title, reading: c.reading, png: c.png, width: c.width, height: c.height })),
  };
}
