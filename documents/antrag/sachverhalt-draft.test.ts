import { describe, expect, it } from 'vitest';
import { edition, process } from '../testing/fixtures';
import { draftSachverhalt, draftSubject } from './sachverhalt-draft';

describe('drafting the Sachverhalt from the records', () => {
  it('tells the workshop, the working group with its sessions and votes, and what the motion asks', () => {
    const text = draftSachverhalt({ edition, process, measureCount: 5 });
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toBe(
      'Am 25. September 2021 fand online die Planungswerkstatt zum Leitbild „Zusammenleben in Vielfalt“ statt. Die Beteiligten haben die bisherigen Maßnahmen überprüft, 34 Vorschläge für neue Maßnahmen erarbeitet und Schwerpunkte für die kommenden Jahre gesetzt.',
    );
    expect(paragraphs[1]).toContain('seit November 2021 in vier Sitzungen (17. November 2021, 26. Januar 2022, 16. März 2022 und 4. Mai 2022)');
    // 34 proposals, 32 voted on: never "über jeden Vorschlag".
    expect(paragraphs[1]).toContain('beraten und über 32 der 34 Vorschläge abgestimmt: Von 32 Vorschlägen wurden 28 zur Umsetzung empfohlen, zwei abgelehnt und zwei zurückgestellt.');
    const allVoted = draftSachverhalt({ edition, process: { ...process, workshop: { ...process.workshop!, proposals: 32 } }, measureCount: 28 });
    expect(allVoted).toContain('und über jeden Vorschlag abgestimmt: Von 32 Vorschlägen');
    // Five of the 28 the working group recommended are still to be moved: said so, not "die fünf empfohlenen".
    expect(paragraphs[2]).toContain('fünf der 28 empfohlenen Maßnahmen für den Zeitraum 2022–2024 beschließen');
    expect(draftSachverhalt({ edition, process, measureCount: 28 })).toContain('die 28 empfohlenen Maßnahmen für den Zeitraum');
  });

  it('speaks of one session and one measure in the singular, and leaves out votes that did not happen', () => {
    const text = draftSachverhalt({
      edition,
      process: { ...process, workshop: null, agSessions: ['2022-01-26'], agVotes: { reviewed: 1, recommended: 1, rejected: 0, deferred: 0 } },
      measureCount: 1,
    });
    expect(text).not.toContain('Planungswerkstatt');
    expect(text).toContain('in einer Sitzung am 26. Januar 2022 beraten und über den Vorschlag abgestimmt: Er wurde zur Umsetzung empfohlen.');
    expect(text).toContain('die empfohlene Maßnahme für den Zeitraum 2022–2024');
    const oneRejected = draftSachverhalt({ edition, process: { ...process, agVotes: { reviewed: 30, recommended: 27, rejected: 1, deferred: 2 } }, measureCount: 27 });
    expect(oneRejected).toContain('Von 30 Vorschlägen wurden 27 zur Umsetzung empfohlen, einer abgelehnt und zwei zurückgestellt.');
  });

  it('still gives a usable text when nothing about the process is recorded', () => {
    const text = draftSachverhalt({ edition, process: { ...process, workshop: null, agSessions: [], agVotes: { reviewed: 0, recommended: 0, rejected: 0, deferred: 0 } }, measureCount: 2 });
    expect(text.split('\n\n')).toHaveLength(1);
    expect(draftSubject(edition)).toBe('Leitbild „Zusammenleben in Vielfalt“: Maßnahmen für 2022–2024');
  });
});
