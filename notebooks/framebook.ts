// Framebook: how did each outlet frame the same events?
//
// Give it a folder of articles from several outlets about the same events. It reads them, groups
// them into events, extracts who is named and quoted, the dates, casualty figures and proposals
// each outlet cites, compares the outlets of every event, and writes tables, a workbook and
// charts. Run it with `npm run notebook -- --help` for the flags. Corrections made in the
// workbook of an earlier run (its `review` and `add as` columns) are applied with --review.
import { parseOptions, type Options } from '../readers/options.ts';
import { watchInputs } from '../readers/watchInputs.ts';
import {
  runNotebook,
  step,
  preview,
  written,
  warn,
  timed,
  configureConsole,
  peakMemory,
  longRun,
} from '../readers/console.ts';
import { readCodebook } from '../readers/readCodebook.ts';
import { readManifest } from '../readers/readManifest.ts';
import { readCorpus } from '../readers/readCorpus.ts';
import { readReview } from '../readers/readReview.ts';
import { NO_REVIEW } from '../transforms/review/Review.ts';
import { reviewCodebook } from '../transforms/review/reviewCodebook.ts';
import { applyReview } from '../transforms/review/applyReview.ts';
import { reviewOutcome, reviewLines } from '../transforms/review/reviewOutcome.ts';
import { withWorld } from '../transforms/codebook/withWorld.ts';
import { articlesAndEvents, sentencesOf, textsOf } from '../transforms/pipeline/index.ts';
import { discoveryPass } from '../transforms/actors/index.ts';
import { perArticle } from '../transforms/pipeline/perArticle.ts';
import { eventsMethod } from '../transforms/events/eventsMethod.ts';
import { framing } from '../transforms/framing/index.ts';
import { writeTables } from '../writers/writeTables.ts';
import { checkOutFolder } from '../writers/checkOutFolder.ts';
import { manifestCoverage } from '../transforms/articles/manifestCoverage.ts';
import { writeWorkbook } from '../sheets/writeWorkbook.ts';
import { workbookSpec } from '../sheets/workbookSpec.ts';
import { chartPlan } from '../charts/index.ts';
import { renderCharts } from '../charts/renderCharts.ts';
import { writeReport } from '../charts/writeReport.ts';
import { deckSpec } from '../deck/deckSpec.ts';
import { writeDeck } from '../deck/writeDeck.ts';

await runNotebook(async () => {
  const options = parseOptions(process.argv.slice(2));
  configureConsole(options);
  await run(options);
  // --watch: again on every change of the inputs, until stopped.
  if (options.watch) {
    await watchInputs(
      [options.corpus, options.codebook, ...(options.manifest ? [options.manifest] : [])],
      [options.out],
      () => run(options),
      (line) => process.stderr.write(`${line}\n`),
    );
    await new Promise<never>(() => {});
  }
});

async function run(options: Options): Promise<void> {
  await checkOutFolder(options.out);

  // 1. Read the codebook, the manifest, the articles and the user's review of an earlier run;
  //    actors the review adds from the Candidates sheet join the codebook for this run. Say what
  //    was skipped.
  step('1. Read the codebook, the manifest, the corpus and the review');
  const warnings: string[] = [];
  const { review, codebookAsRead, manifest, files } = await timed('read', async () => ({
    review: options.review ? await readReview(options.review) : NO_REVIEW,
    codebookAsRead: await readCodebook(options.codebook, { warnings }),
    manifest: await readManifest(options.manifest),
    files: await readCorpus(options.corpus, { maxFileSize: options.maxFileSize, warnings }),
  }));
  // The world layer (every state, the main bodies and media) beneath the user's codebook.
  const codebook = withWorld(reviewCodebook(codebookAsRead, review));
  warnings.push(...manifestCoverage(files, manifest));
  warn(warnings);
  longRun(files.length, 7);

  // 2. Turn the files into articles (headline, body, outlet, wire, date), then group them into
  //    events, so that an undated article can take its event's date as reference.
  step('2. Articles and events');
  const { articles, events } = await timed('articles and events', () =>
    articlesAndEvents({ files, manifest, codebook, granularity: options.events }),
  );
  preview('events', events, ['event_id', 'name', 'articles', 'outlets']);
  preview('articles', articles, ['article_id', 'outlet', 'wire', 'published', 'published_source', 'event_id', 'words']);

  // 3. Split every article into sentences, with offsets into its text.
  step('3. Sentences');
  const { sentences } = await timed('sentences', () => sentencesOf({ articles }));
  preview('sentences', sentences, ['sentence_id', 'paragraph', 'text']);
  // Each article read once (sentences, paragraphs, quoted spans, words) for every extractor.
  const { texts } = await timed('article texts', () => textsOf({ articles, sentences }));

  // 4. Who is named: the names of the codebook and those it lacks, found across the corpus.
  step('4. Actors: names across the corpus');
  const discovery = await timed('actor discovery', () => discoveryPass(texts, codebook));

  // 5-6. Who is named and how labelled, who speaks; when, how many, and what was proposed. Article
  //      by article, in --jobs worker threads (each run of articles on its own, joined back in
  //      article order), then the actors, candidates and proposal keys across the corpus; then
  //      what the review dropped or fixed.
  step('5. Mentions, quotes, dates, casualty figures and proposals');
  const extracted = await timed('mentions, quotes, dates, casualties, proposals', () =>
    perArticle({ articles, sentences, texts, discovery, codebook }, options.jobs),
  );
  const { actors, candidates } = extracted;
  const mentions = applyReview(extracted.mentions, review, 'mentions');
  const quotes = applyReview(extracted.quotes, review, 'quotes');
  const dates = applyReview(extracted.dates, review, 'dates');
  const casualties = applyReview(extracted.casualties, review, 'casualties');
  const proposals = applyReview(extracted.proposals, review, 'proposals');
  preview('mentions', mentions, ['article_id', 'surface', 'actor_id', 'descriptor']);
  preview('quotes', quotes, ['article_id', 'speaker', 'kind', 'verb', 'text']);
  preview('dates', dates, ['article_id', 'surface', 'value', 'anchor']);
  preview('casualties', casualties, ['article_id', 'figure', 'qualifier', 'kind', 'surface']);
  preview('proposals', proposals, ['article_id', 'proposer', 'status', 'proposal_key']);

  const extraction = {
    articles,
    events,
    sentences,
    actors,
    mentions,
    candidates,
    dates,
    casualties,
    proposals,
    quotes,
  };
  const reviewed = reviewOutcome(review, extracted, codebookAsRead);
  if (review.file) warn([`review ${review.file}: ${reviewLines(reviewed).join('\n  ')}`]);

  // 6. Compare the outlets of every event.
  step('6. How each outlet framed each event');
  const comparison = await timed('comparison', () => framing(extraction, codebook));
  preview('framing_salience', comparison.framing_salience, ['event_id', 'outlet', 'actor_id', 'share']);

  // 7. Write the tables, the charts, the workbook and the slide deck.
  step('7. Write');
  const tablePaths = await timed('CSV + Parquet', () => writeTables(options.out, extraction, comparison));
  // Charts for the events with the most articles (charts/index.ts), one overview across events.
  const plan = chartPlan(extraction, comparison, codebook, options);
  const chartNotes = plan.skipped ? [plan.skipped] : [];
  const charts = await timed('charts', () => renderCharts(plan.specs, options.out, options.chartSize, options.jobs));
  const report = await timed('report', () => writeReport(options.out, charts, chartNotes));
  const workbook = await timed('workbook', () =>
    writeWorkbook(
      options.out,
      workbookSpec(
        extraction,
        comparison,
        codebook,
        { ...options, eventsMethod: eventsMethod(manifest, options.events), warnings, chartNotes },
        charts,
        undefined,
        reviewed,
      ),
    ),
  );
  const deck = await timed('deck', () => writeDeck(options.out, deckSpec(options.corpus, articles, charts)));
  written([...tablePaths, ...charts.flatMap((c) => c.files), report, workbook, deck]);
  peakMemory();
}
