// Framebook: how did each outlet frame the same events?
//
// Give it a folder of articles from several outlets about the same events. It reads them, groups
// them into events, extracts who is named and quoted, the dates, casualty figures and proposals
// each outlet cites, compares the outlets of every event, and writes tables, a workbook and
// charts. Run it with `npm run notebook -- --help` for the flags. Corrections made in the
// workbook of an earlier run (its `review` and `add as` columns) are applied with --review.
// Past one machine: `--shard i/n` extracts only the events that hash to shard i, and `--merge DIR...`
// joins the shards' tables into the tables, charts and workbook of one run (mergeShards below).
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
import { eventLabels } from '../transforms/events/eventLabels.ts';
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
import type { Extraction } from '../transforms/Extraction.ts';
import type { Comparison } from '../transforms/Comparison.ts';
import type { Codebook } from '../transforms/codebook/Codebook.ts';
import { shardInput } from '../transforms/pipeline/shardInput.ts';
import { SHARD_FORMAT, type ShardInfo } from '../transforms/pipeline/ShardInfo.ts';
import { inputsFingerprint } from '../transforms/pipeline/inputsFingerprint.ts';
import { writeShardInfo } from '../writers/writeShardInfo.ts';
import { readShards } from '../readers/readShards.ts';
import { joinShards } from '../transforms/pipeline/joinShards.ts';

await runNotebook(async () => {
  const options = parseOptions(process.argv.slice(2));
  configureConsole(options);
  if (options.merge) return mergeShards(options, options.merge);
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
  // Steps 1 to 6 in a function of their own: the files, the texts and the discovery pass are let
  // go once compared, before the writing (the largest part of a run's memory) begins.
  const { extraction, comparison, codebook, about, shard } = await analyse(options);

  // 7. Write the tables, the charts, the workbook and the slide deck; a shard, its tables and shard.json.
  step('7. Write');
  if (shard) {
    const tablePaths = await timed('CSV + Parquet', () => writeTables(options.out, extraction, comparison));
    written([...tablePaths, await writeShardInfo(options.out, shard)]);
    return peakMemory();
  }
  await write(options, extraction, comparison, codebook, about);
  peakMemory();
}

/** Steps 1 to 6: the inputs read, extracted and compared; with --shard, what shard.json says. */
async function analyse(options: Options): Promise<{
  extraction: Extraction;
  comparison: Comparison;
  codebook: Codebook;
  about: { eventsMethod: string; warnings: string[]; reviewed: ReturnType<typeof reviewOutcome> };
  shard?: ShardInfo;
}> {
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
  // --shard i/n: from here on, only the events whose id hashes to shard i, each whole.
  const whole = { articles, events, sentences, texts, discovery, codebook };
  const part = options.shard ? shardInput(whole, options.shard) : whole;

  // 5-6. Who is named and how labelled, who speaks; when, how many, and what was proposed. Article
  //      by article, in --jobs worker threads (each run of articles on its own, joined back in
  //      article order), then the actors, candidates and proposal keys across the corpus; then
  //      what the review dropped or fixed.
  step('5. Mentions, quotes, dates, casualty figures and proposals');
  const extracted = await timed('mentions, quotes, dates, casualties, proposals', () => perArticle(part, options.jobs));
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
    articles: part.articles,
    events: part.events,
    sentences: part.sentences,
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

  const about = { eventsMethod: eventsMethod(manifest, options.events), warnings, reviewed };
  if (!options.shard) return { extraction, comparison, codebook, about };
  const shard: ShardInfo = {
    format: SHARD_FORMAT,
    shard: options.shard.i,
    shards: options.shard.n,
    inputs: inputsFingerprint(files, manifest, codebook, options.events),
    corpus: options.corpus,
    manifest: options.manifest,
    codebook_file: options.codebook,
    events: options.events,
    events_method: about.eventsMethod,
    event_labels: eventLabels(manifest),
    warnings,
    articles: articles.array('article_id') as string[],
    discovered: discovery.registry,
    codebook,
  };
  return { extraction, comparison, codebook, about, shard };
}

/** Step 7 of a run, and the last step of a merge: tables, charts, report, workbook and deck. */
async function write(
  options: Options,
  extraction: Extraction,
  comparison: Comparison,
  codebook: Codebook,
  about: { eventsMethod: string; warnings: string[]; reviewed?: ReturnType<typeof reviewOutcome> },
): Promise<void> {
  const { eventsMethod, warnings, reviewed } = about;
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
        { ...options, eventsMethod, warnings, chartNotes },
        charts,
        undefined,
        reviewed,
      ),
    ),
  );
  const deck = await timed('deck', () => writeDeck(options.out, deckSpec(options.corpus, extraction.articles, charts)));
  written([...tablePaths, ...charts.flatMap((c) => c.files), report, workbook, deck]);
}

/**
 * --merge DIR...: the shards of one split run joined in article order, the tables that look across
 * the corpus computed again as a single run computes them, then compared and written like a run.
 */
async function mergeShards(options: Options, dirs: string[]): Promise<void> {
  await checkOutFolder(options.out);
  step('1. Read the shards');
  const shards = await timed('read shards', () => readShards(dirs));
  const { info } = shards;
  warn(info.warnings);

  step('2. Join them; actors, candidates, events and proposal keys across the corpus');
  const extraction = await timed('join', () =>
    joinShards(shards.tables, info.articles, info.discovered, info.codebook, info.event_labels ?? []),
  );
  preview('events', extraction.events!, ['event_id', 'name', 'articles', 'outlets']);
  preview('mentions', extraction.mentions, ['article_id', 'surface', 'actor_id', 'descriptor']);
  preview('proposals', extraction.proposals, ['article_id', 'proposer', 'status', 'proposal_key']);

  step('3. How each outlet framed each event');
  const comparison = await timed('comparison', () => framing(extraction, info.codebook));
  preview('framing_salience', comparison.framing_salience, ['event_id', 'outlet', 'actor_id', 'share']);

  step('4. Write');
  const inputs = { corpus: info.corpus, manifest: info.manifest, codebook: info.codebook_file, events: info.events };
  await write({ ...options, ...inputs }, extraction, comparison, info.codebook, {
    eventsMethod: info.events_method,
    warnings: info.warnings,
  });
  peakMemory();
}
