import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { markdownToText } from '../../readers/markdownToText.ts';

test('markup goes, words stay', () => {
  const md = [
    '# Kerry in *Moscow*',
    '',
    'By **Jane Doe** | [AFP](https://afp.com)',
    '',
    '![Kerry arrives](kerry.jpg)',
    '> "We will see," said [Sergei Lavrov](https://example.org/lavrov).',
    '',
    '- first point with `code`',
    '2. second point',
    '',
    '---',
    'Plain line with an_underscore_name and 3 * 4 = 12.',
  ].join('\n');
  assert.is(
    markdownToText(md),
    [
      'Kerry in Moscow',
      '',
      'By Jane Doe | AFP',
      '',
      '',
      '"We will see," said Sergei Lavrov.',
      '',
      'first point with code',
      'second point',
      '',
      '',
      'Plain line with an_underscore_name and 3 * 4 = 12.',
    ].join('\n'),
  );
});

test.run();
