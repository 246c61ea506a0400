import { describe, expect, it } from 'vitest';
import type { PageCapture } from './capture-seed';
import { checkCaptureDraft, draftOfCapture, summarizeCaptureText } from './capture-draft';

const capture: PageCapture = {
  title: 'Flood defences hold',
  publisher: 'steppe-courier.example',
  author: null,
  date: null,
  dateText: 'Updated 12 April',
  url: 'https://steppe-courier.example/2024/04/12/flood',
  text: 'First paragraph.\n\nSecond one.',
};

describe('checkCaptureDraft', () => {
  it('starts from the capture: missing values as empty fields', () => {
    expect(draftOfCapture(capture)).toEqual({
      title: 'Flood defences hold',
      publisher: 'steppe-courier.example',
      author: '',
      date: '',
    });
  });

  it('applies the corrections, trimmed, and keeps address, text and the date as written', () => {
    const result = checkCaptureDraft(capture, {
      title: '  Flood   defences hold ',
      publisher: ' The Steppe Courier ',
      author: 'Aigerim Sadykova',
      date: ' 2024-04-12 ',
    });
    expect(result).toEqual({
      ok: true,
      capture: {
        ...capture,
        title: 'Flood defences hold',
        publisher: 'The Steppe Courier',
        author: 'Aigerim Sadykova',
        date: '2024-04-12',
      },
    });
  });

  it('empty publisher, author and date mean none', () => {
    const result = checkCaptureDraft(
      { ...capture, author: 'Someone', date: '2024-04-12' },
      { title: 'T', publisher: ' ', author: '', date: '' },
    );
    expect(result.ok && result.capture).toMatchObject({
      publisher: null,
      author: null,
      date: null,
    });
  });

  it.each(['2024-4-12', '12.04.2024', '2024-02-30', '2024-13', 'April 2024', '24-04-12'])(
    'refuses the date %j, naming it and the form',
    (date) => {
      const result = checkCaptureDraft(capture, { ...draftOfCapture(capture), date });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(Object.keys(result.problems)).toEqual(['date']);
      expect(result.problems.date).toContain(`“${date}”`);
      expect(result.problems.date).toContain('YYYY-MM-DD');
    },
  );

  it.each(['2024-02-29', '2024-04', '2024'])('accepts the date %j', (date) => {
    const result = checkCaptureDraft(capture, { ...draftOfCapture(capture), date });
    expect(result.ok && result.capture.date).toBe(date);
  });

  it('refuses an empty title, and reports every problem at once', () => {
    const result = checkCaptureDraft(capture, {
      title: '  ',
      publisher: '',
      author: '',
      date: 'x',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.problems).sort()).toEqual(['date', 'title']);
  });
});

describe('summarizeCaptureText', () => {
  it('shows the first paragraphs and counts the whole text', () => {
    const text = ['One two three.', 'Four five.', 'Six.', 'Seven eight nine ten.'].join('\n\n');
    expect(summarizeCaptureText(text, { paragraphs: 2 })).toEqual({
      opening: ['One two three.', 'Four five.'],
      paragraphs: 4,
      words: 10,
      characters: text.length,
    });
  });

  it('cuts a long paragraph at a word, with an ellipsis', () => {
    const long = 'word '.repeat(100).trim();
    const [first] = summarizeCaptureText(long, { maxChars: 52 }).opening;
    expect(first).toBe(`${'word '.repeat(10).trim()}…`);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(summarizeCaptureText('😀😀').characters).toBe(2);
  });

  it('an empty text has no paragraphs and no words', () => {
    expect(summarizeCaptureText('  \n\n ')).toEqual({
      opening: [],
      paragraphs: 0,
      words: 0,
      characters: 0,
    });
  });
});
