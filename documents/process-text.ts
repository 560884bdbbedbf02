import type { ProcessFactsDto } from '../contract/documents';
import { HARBURG_MOTION_CONVENTIONS, type MotionConventionsDto } from '../contract/settings-constants';
import { motionHeading } from './antrag/motion-wording';
import { countWord, formatDateLong, formatMonthYear, joinGerman } from './engine';
import { drucksacheLabel } from './labels';

/**
 * Sentences about how the measures came about, from the records: the planning workshop, the
 * working group's sessions and votes, the motion and the adoption. Shared by the Antrag's
 * Sachverhalt and the Leitbild's chapter on the process, so both tell the same story.
 */
const quoted = (text: string) => `„${text}“`;

const proposalsPhrase = (count: number) => (count === 1 ? 'einen Vorschlag' : `${countWord(count)} Vorschläge`);

export function workshopSentence(process: ProcessFactsDto, editionTitle: string): string | null {
  const workshop = process.workshop;
  if (!workshop) return null;
  const how = workshop.online ? 'online ' : '';
  const proposals = workshop.proposals > 0 ? `, ${proposalsPhrase(workshop.proposals)} für neue Maßnahmen erarbeitet` : '';
  return `Am ${formatDateLong(workshop.date)} fand ${how}die Planungswerkstatt zum Leitbild ${quoted(editionTitle)} statt. Die Beteiligten haben die bisherigen Maßnahmen überprüft${proposals} und Schwerpunkte für die kommenden Jahre gesetzt.`;
}

/** "über jeden Vorschlag" only when every proposal of the workshop was voted on; else how many of them. */
const votedOn = (decided: number, proposals: number) =>
  decided >= proposals ? 'über jeden Vorschlag' : `über ${countWord(decided)} der ${countWord(proposals)} Vorschläge`;

export function workingGroupSentence(process: ProcessFactsDto): string | null {
  const sessions = process.agSessions;
  if (sessions.length === 0) return null;
  const when =
    sessions.length === 1
      ? `in einer Sitzung am ${formatDateLong(sessions[0]!)}`
      : `seit ${formatMonthYear(sessions[0]!)} in ${countWord(sessions.length)} Sitzungen (${joinGerman(sessions.map(formatDateLong))})`;
  const votes = process.agVotes;
  const decided = votes.recommended + votes.rejected + votes.deferred;
  // "einer" (Vorschlag is masculine), not the "eine" of "eine Sitzung".
  const count = (n: number) => (n === 1 ? 'einer' : countWord(n));
  const outcomes = [
    votes.recommended > 0 ? `${count(votes.recommended)} zur Umsetzung empfohlen` : '',
    votes.rejected > 0 ? `${count(votes.rejected)} abgelehnt` : '',
    votes.deferred > 0 ? `${count(votes.deferred)} zurückgestellt` : '',
  ].filter(Boolean);
  const single = votes.recommended === 1 ? 'zur Umsetzung empfohlen' : votes.rejected === 1 ? 'abgelehnt' : 'zurückgestellt';
  const result =
    decided === 0
      ? '.'
      : decided === 1
        ? ` und über den Vorschlag abgestimmt: Er wurde ${single}.`
        : ` und ${votedOn(decided, process.workshop?.proposals ?? 0)} abgestimmt: Von ${countWord(decided)} Vorschlägen wurden ${joinGerman(outcomes)}.`;
  return `Eine Arbeitsgruppe aus Mitgliedern des Sozialausschusses und einer Vertretung des Integrationsrates hat die Ergebnisse ${when} beraten${result}`;
}

export function adoptionSentence(process: ProcessFactsDto, assembly: string, conventions: MotionConventionsDto = HARBURG_MOTION_CONVENTIONS): string | null {
  const { motion, adoption } = process;
  const parts: string[] = [];
  if (motion) {
    const paper = motion.drucksache ? ` (${drucksacheLabel(motion.drucksache)})` : '';
    const when = `am ${formatDateLong(motion.date)}`;
    // The motion named as the district heads it (Harburg: "Gemeinsamer Antrag der SPD-Fraktion, der GRÜNE-Fraktion und der CDU-Fraktion").
    parts.push(
      motion.fraktionen.length > 0
        ? `Die empfohlenen Maßnahmen wurden ${when} in die ${assembly} eingebracht: ${motionHeading(motion.fraktionen, conventions)}${paper}.`
        : `Die empfohlenen Maßnahmen wurden ${when} mit einem Antrag${paper} in die ${assembly} eingebracht.`,
    );
  }
  if (adoption) {
    const paper = adoption.drucksache ? ` (${drucksacheLabel(adoption.drucksache)})` : '';
    parts.push(`Die ${assembly} hat sie am ${formatDateLong(adoption.date)} beschlossen${paper}.`);
  }
  return parts.length ? parts.join(' ') : null;
}
