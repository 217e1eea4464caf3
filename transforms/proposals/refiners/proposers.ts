// Who proposes each proposal, and to whom (proposerOf), read in text order, since the article so
// far tells who a pronoun or a bare clause stands for: the proposer of the proposal before, the
// subject of the sentence before, the parties to the deal the article stated. Every sentence moves
// that state on, the ones that state no proposal too.
import type { Refiner } from '../../Extractor.ts';
import type { Draft } from '../Draft.ts';
import type { ProposalArticle } from '../ProposalArticle.ts';
import { proposerOf, subjectOf } from './proposerOf.ts';
import { groupSubject } from '../groupSubject.ts';
import { hasOwnSubject } from '../clausePieces.ts';

export function proposers(article: ProposalArticle): Refiner<Draft> {
  return (drafts) => {
    const out: Draft[] = [];
    let subject = '',
      dealParty = '',
      k = 0;
    for (const s of article.sentences) {
      const group = (at: number) => groupSubject(s.masked, at, s.mentions, article.mentions, s.start);
      const first = out.length;
      for (; k < drafts.length && drafts[k].sentence === s; k++) {
        const d = drafts[k];
        const c = d.candidate;
        const before = { proposer: out.at(-1)?.proposer ?? '', subject, dealParty, group };
        let { proposer, addressee } = proposerOf(d.view, c, d.own, before);
        // "..., and urged Washington to publish": a coordinated verb shares the first clause's subject.
        // A further term of the sentence's deal ("..., with aid deliveries starting at once") is the deal's.
        const shares =
          d.multi && out.length > first && (c.parser === 'termClause' || !hasOwnSubject(s.masked, d.from, c.cueStart));
        if (shares) proposer = out.at(-1)!.proposer || proposer;
        out.push({ ...d, proposer, addressee });
      }
      const made = out.length > first ? out.at(-1)!.proposer : '';
      // Keep the parties of an earlier statement when this one names none ("the deal struck in Geneva").
      if (s.statesDeal) dealParty = made || subjectOf(s.masked, s.mentions) || dealParty;
      // The subject the next sentence's pronoun stands for: this sentence's proposer when it made a
      // row ("The resolution calls for ... It also asks"), else its first actor or group subject.
      subject = made || subjectOf(s.masked, s.mentions) || group(firstVerb(s.masked)) || subject;
    }
    return out;
  };
}

/** Where the first finite verb of a sentence is likely to be, for a group subject before it. */
function firstVerb(sentence: string): number {
  const m =
    /\s(?:(?:also|had|has|have|would|will|unanimously)\s+)*(?:said|says|met|agreed|adopted|voted|demanded|called|urged|is|was|are|were|has|have|had|will|would|[a-z]+ed)\b/.exec(
      sentence,
    );
  return m ? m.index + 1 : 0;
}
