// The slide deck described as data: a title slide naming the corpus, then one slide per chart
// with its title, the chart's PNG and one line on how to read it. deck/writeDeck.ts renders it.
export interface DeckSpec {
  title: string;
  /** Lines under the title: the corpus, its size and dates. */
  subtitle: string[];
  slides: ChartSlide[];
}

export interface ChartSlide {
  title: string;
  /** One line on how to read the chart. */
  reading: string;
  /** Path of the PNG, and its size in pixels (it is fitted into the slide keeping proportions). */
  png: string;
  width: number;
  height: number;
}
