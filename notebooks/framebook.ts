// Framebook: how did each outlet frame the same events?
//
// Give it a folder of articles from several outlets about the same events. It reads them, groups
// them into events, extracts who is named and quoted, the dates, casualty figures and proposals
// each outlet cites, compares the outlets of every event, and writes tables, a workbook and
// charts. Run it with `npm run notebook -- --help` for the flags. Corrections made in the
// workbook of an earlier run (its `review` and `add as` columns) are applied with --review.
import { parseOptions } from '../readers/options.ts';
import { runNotebook, step, preview, warn, written } from '../readers/console.ts';
import { readCodebook } from '../readers/readCodebook.ts';
import { readManifest } from '../readers/readManifest.ts';
import { readCorpus } from '../readers/readCorpus.ts';
import { readReview } from '../readers/readReview.ts';
import { NO_REVIEW } from '../transforms/review/Review.ts';
import { reviewCodebook } from '../transforms/review/reviewCodebook.ts';
import { applyReview } from '../transforms/review/applyReview.ts';
import { reviewOutcome, reviewLines } from '../transforms/review/reviewOutcome.ts';
import { articles as buildArticles } from '../transforms/articles/index.ts';
import { events } from '../transforms/events/index.ts';
import { sentences as splitIntoSentences } from '../transforms/sentences/index.ts';
import { actors as extractActors } from '../transforms/actors/index.ts';
import { quotes as extractQuotes } from '../transforms/quotes/index.ts';
import { dates as extractDates } from '../transforms/dates/index.ts';
import { casualties as extractCasualties } from '../transforms/casualties/index.ts';
import { proposals as extractProposals } from '../transforms/proposals/index.ts';
import { framing } from '../transforms/framing/index.ts';
import { writeTables } from '../writers/writeTables.ts';
import { writeWorkbook } from '../sheets/writeWorkbook.ts';
import { workbookSpec } from '../sheets/workbookSpec.ts';
import { chartSpecs } from '../charts/index.ts';
import { renderCharts } from '../charts/renderCharts.ts';
import { writeReport } from '../charts/writeReport.ts';
import { deckSpec } from '../deck/deckSpec.ts';
import { writeDeck } from '../deck/writeDeck.ts';

await runNotebook(async () => {
  const options = parseOptions(process.argv.slice(2));

  // 1. Read the codebook, the manifest, the articles and the user's review of an earlier run;
  //    actors the review adds from the Candidates sheet join the codebook for this run.
  step('1. Read the codebook, the manifest, the corpus and the review');
  const review = options.review ? await readReview(options.review) : NO_REVIEW;
  const codebookAsRead = await readCodebook(options.codebook);
  const codebook = reviewCodebook(codebookAsRead, review);
  const manifest = await readManifest(options.manifest);
  const files = await readCorpus(options.corpus);

  // 2. Turn the files into articles (headline, body, outlet, wire, date), then group them into
  //    events, so that an undated article can take its event's date as reference.
  step('2. Articles and events');
  const articles = events(buildArticles(files, manifest, codebook), manifest);
  preview('articles', articles, ['article_id', 'outlet', 'wire', 'published', 'published_source', 'event_id', 'words']);

  // 3. Split every article into sentences, with offsets into its text.
  step('3. Sentences');
  const sentences = splitIntoSentences(articles);
  preview('sentences', sentences, ['sentence_id', 'paragraph', 'text']);

  // 4. Who is named, and how they are labelled (what the review dropped or fixed, as it says).
  step('4. Actors and mentions');
  const found = extractActors(articles, sentences, codebook);
  const { actors, candidates } = found;
  const mentions = applyReview(found.mentions, review, 'mentions');
  preview('mentions', mentions, ['article_id', 'surface', 'actor_id', 'descriptor']);

  // 5. Who speaks.
  step('5. Quotes');
  const quotesFound = extractQuotes(articles, sentences, mentions, codebook);
  const quotes = applyReview(quotesFound, review, 'quotes');
  preview('quotes', quotes, ['article_id', 'speaker', 'kind', 'verb', 'text']);

  // 6. When, how many, and what was proposed.
  step('6. Dates, casualty figures and proposals');
  const datesFound = extractDates(articles, sentences);
  const dates = applyReview(datesFound, review, 'dates');
  preview('dates', dates, ['article_id', 'surface', 'value', 'anchor']);
  const casualtiesFound = extractCasualties(articles, sentences, codebook);
  const casualties = applyReview(casualtiesFound, review, 'casualties');
  preview('casualties', casualties, ['article_id', 'figure', 'qualifier', 'kind', 'surface']);
  const proposalsFound = extractProposals(articles, sentences, mentions, codebook);
  const proposals = applyReview(proposalsFound, review, 'proposals');
  preview('proposals', proposals, ['article_id', 'proposer', 'status', 'proposal_key']);

  const extraction = { articles, sentences, actors, mentions, candidates, dates, casualties, proposals, quotes };
  const reviewed = reviewOutcome(
    review,
    {
      mentions: found.mentions,
      quotes: quotesFound,
      dates: datesFound,
      casualties: casualtiesFound,
      proposals: proposalsFound,
    },
    codebookAsRead,
  );
  if (review.file) warn(`review ${review.file}: ${reviewLines(reviewed).join('\n  ')}`);

  // 7. Compare the outlets of every event.
  step('7. How each outlet framed each event');
  const comparison = framing(extraction, codebook);
  preview('framing_salience', comparison.framing_salience, ['event_id', 'outlet', 'actor_id', 'share']);

  // 8. Write the tables, the charts, the workbook and the slide deck.
  step('8. Write');
  const tablePaths = await writeTables(options.out, extraction, comparison);
  const charts = await renderCharts(
    chartSpecs(extraction, comparison, codebook, options),
    options.out,
    options.chartSize,
  );
  const report = await writeReport(options.out, charts);
  const workbook = await writeWorkbook(
    options.out,
    workbookSpec(extraction, comparison, codebook, options, charts, undefined, reviewed),
  );
  const deck = await writeDeck(options.out, deckSpec(options.corpus, articles, charts));
  written([...tablePaths, ...charts.flatMap((c) => c.files), report, workbook, deck]);
});
