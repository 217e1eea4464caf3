// The discovery parsers, each on sentences of news English about the story.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { titledName } from '../../transforms/actors/parsers/titledName.ts';
import { appositiveName } from '../../transforms/actors/parsers/appositiveName.ts';
import { speakerName } from '../../transforms/actors/parsers/speakerName.ts';
import { organisationSpan } from '../../transforms/actors/parsers/organisationSpan.ts';
import { citedMedia } from '../../transforms/actors/parsers/citedMedia.ts';
import { wordsIn } from '../../transforms/text/words.ts';

type Parser = typeof titledName;
const names = (parse: Parser, text: string) => parse(text, wordsIn(text)).map((d) => [d.name, d.type]);

test('titledName: a title or role, then a name', () => {
  assert.equal(names(titledName, 'Opposition negotiator Asaad al-Zoubi said the talks were a farce.'), [
    ['Asaad al-Zoubi', 'person'],
  ]);
  assert.equal(names(titledName, 'Defence Ministry spokesman Igor Konashenkov said 40 sorties were flown.'), [
    ['Igor Konashenkov', 'person'],
  ]);
  assert.equal(
    names(titledName, 'Lieutenant-General Sergei Rudskoi told a briefing that Gen. Valery Gerasimov had ordered it.'),
    [
      ['Sergei Rudskoi', 'person'],
      ['Valery Gerasimov', 'person'],
    ],
  );
});

test('appositiveName: a name, then who they are', () => {
  assert.equal(names(appositiveName, "Mikhail Bogdanov, Russia's deputy foreign minister, said talks could resume."), [
    ['Mikhail Bogdanov', 'person'],
  ]);
  assert.equal(names(appositiveName, 'Riad Hijab, the head of the opposition delegation, flew to Geneva.'), [
    ['Riad Hijab', 'person'],
  ]);
});

test('speakerName: a name next to a speech verb', () => {
  assert.equal(names(speakerName, 'Yahya al-Aridi told reporters the talks had stalled.'), [
    ['Yahya al-Aridi', 'person'],
  ]);
  assert.equal(names(speakerName, '"We are ready," said Salem al-Meslet.'), [['Salem al-Meslet', 'person']]);
});

test('organisationSpan: capitalised words ending in an organisation noun', () => {
  assert.equal(names(organisationSpan, 'The Russian Defence Ministry said jets struck 40 targets.'), [
    ['Russian Defence Ministry', 'organization'],
  ]);
  assert.equal(names(organisationSpan, 'Fighters of the Syrian Democratic Forces advanced, Human Rights Watch said.'), [
    ['Syrian Democratic Forces', 'armed_group'],
    ['Human Rights Watch', 'organization'],
  ]);
});

test('citedMedia: outlets cited as sources', () => {
  assert.equal(names(citedMedia, 'Syrian state news agency SANA said the town was retaken.'), [['SANA', 'media']]);
  assert.equal(
    names(citedMedia, 'Lavrov told Interfax news agency the talks would go ahead, the Al-Watan newspaper said.'),
    [
      ['Interfax', 'media'],
      ['Al-Watan', 'media'],
    ],
  );
});

test.run();
