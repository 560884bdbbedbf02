import type { MeasureStatus } from '../../contract/lifecycle';
import { motionHeading } from '../../documents';
import type { Dispatch } from '../core/dispatch';
import { daysAgo, must } from './demo-calls';
import { demoBodies, demoContacts, demoOrganizations } from './demo-contacts';
import { demoCycle, demoEdition, demoFields, demoSettings } from './demo-data';
import { DemoMeetings, MEETING_DAYS, type DemoMove } from './demo-meetings';
import { SAMPLE_FRAKTIONEN } from './sample-set';

export class DemoRefusedError extends Error {}

type Step = { to: MeasureStatus; on: string; reason: string; drucksache?: string };

const [ag1, ag2, ag3, ag4] = demoCycle.agSessions;
const review: Step = { to: 'in_review', on: ag1, reason: '1. Sitzung der Arbeitsgruppe: Vorschläge der Planungswerkstatt aufgerufen' };
const recommend: Step = { to: 'recommended', on: ag3, reason: 'Arbeitsgruppe empfiehlt die Maßnahme' };
const submit: Step = { to: 'submitted', on: demoCycle.motion, reason: `${motionHeading(SAMPLE_FRAKTIONEN)} an die Bezirksversammlung`, drucksache: demoCycle.motionDrucksache };
const adopt: Step = { to: 'adopted', on: demoCycle.adoption, reason: 'Beschluss der Bezirksversammlung', drucksache: demoCycle.adoptionDrucksache };
const implement: Step = { to: 'implementing', on: demoCycle.implementationStart, reason: 'Start der Umsetzung' };

/** The way each demo status is reached, with the dates of the Harburg cycle. */
const PATHS: Record<MeasureStatus, Step[]> = {
  proposed: [],
  in_review: [review],
  deferred: [review, { to: 'deferred', on: ag2, reason: 'Zurückgestellt bis zur Klärung der Finanzierung' }],
  rejected: [review, { to: 'rejected', on: ag2, reason: 'Keine Mehrheit in der Arbeitsgruppe; Angebot besteht bereits an anderer Stelle' }],
  recommended: [review, { ...recommend, on: ag4 }],
  submitted: [review, recommend, submit],
  adopted: [review, recommend, submit, adopt],
  implementing: [review, recommend, submit, adopt, implement],
  completed: [review, recommend, submit, adopt, implement, { to: 'completed', on: '2024-06-30', reason: 'Ziel erreicht' }],
  continued: [review, recommend, submit, adopt, implement, { to: 'continued', on: '2024-11-30', reason: 'Wird in der nächsten Ausgabe fortgeführt' }],
  discontinued: [review, recommend, submit, adopt, implement, { to: 'discontinued', on: '2024-03-31', reason: 'Finanzierung entfallen' }],
};

/**
 * Fills an empty database through the same calls the app makes, so demo data passes the same
 * validation and lifecycle rules. Refuses a database that already holds data.
 */
export async function seedDemo(dispatch: Dispatch): Promise<{ editions: number; fieldsOfAction: number; measures: number; contacts: number }> {
  if ((await must(dispatch, 'editions.list', {})).length > 0) {
    throw new DemoRefusedError('Die Datenbank enthält bereits Daten; die Demo wird nur in eine leere Datenbank geschrieben.');
  }
  await must(dispatch, 'settings.update', demoSettings);
  const edition = await must(dispatch, 'editions.create', demoEdition);
  let measures = 0;
  const steps: Array<Step & { measureId: number; fieldIndex: number }> = [];
  for (const [fieldIndex, { measures: fieldMeasures, ...field }] of demoFields.entries()) {
    const created = await must(dispatch, 'fieldsOfAction.create', { ...field, editionId: edition.id });
    for (const measure of fieldMeasures) {
      const saved = await must(dispatch, 'measures.create', {
        editionId: edition.id,
        fieldOfActionId: created.id,
        title: measure.title,
        description: measure.description,
        goal: measure.goal,
        lead: measure.lead,
        partners: measure.partners ?? '',
        targetGroup: measure.targetGroup ?? '',
        cost: measure.cost ?? '',
        origin: measure.origin ?? 'workshop',
        originNote: (measure.origin ?? 'workshop') === 'workshop' ? `Planungswerkstatt ${demoCycle.workshop.slice(0, 4)} (online)` : '',
        priorityPoints: measure.points ?? 0,
        periodFrom: 2022,
        periodTo: 2024,
        tags: [...(measure.tags ?? [])],
        proposedOn: demoCycle.workshop,
      });
      steps.push(...PATHS[measure.status].map((step) => ({ ...step, measureId: saved.id, fieldIndex })));
      if (measure.note && measure.noteDaysAgo !== undefined) {
        await must(dispatch, 'measures.addNote', { measureId: saved.id, notedOn: daysAgo(measure.noteDaysAgo), text: measure.note });
      }
      measures++;
    }
  }
  const { count: contacts, bodyIds } = await seedDemoContacts(dispatch);
  const meetings = new DemoMeetings(
    dispatch,
    { council: bodyIds[0]!, workingGroup: bodyIds[1]!, assembly: bodyIds[3]! },
    demoFields.map((field) => field.name),
  );
  await meetings.before();
  await takeSteps(dispatch, steps, meetings);
  await meetings.after();
  return { editions: 1, fieldsOfAction: demoFields.length, measures, contacts };
}

/**
 * Day by day, as it happened: on a meeting day the meeting's decisions move the measures (the
 * history names the meeting); other steps (motion, start, end) are entered as the office does.
 */
async function takeSteps(dispatch: Dispatch, steps: ReadonlyArray<Step & { measureId: number; fieldIndex: number }>, meetings: DemoMeetings): Promise<void> {
  const days = [...new Set(steps.map((step) => step.on))].sort();
  for (const day of days) {
    const due = steps.filter((step) => step.on === day);
    if (MEETING_DAYS.includes(day)) {
      await meetings.decide(day, due.map((step): DemoMove => ({ measureId: step.measureId, fieldIndex: step.fieldIndex, to: step.to })));
      continue;
    }
    const groups = new Map<string, typeof due>();
    for (const step of due) {
      const key = JSON.stringify([step.to, step.reason, step.drucksache ?? '']);
      groups.set(key, [...(groups.get(key) ?? []), step]);
    }
    for (const group of groups.values()) {
      const [first] = group;
      await must(dispatch, 'measures.changeStatus', {
        measureIds: group.map((step) => step.measureId),
        toStatus: first!.to,
        changedOn: day,
        reason: first!.reason,
        drucksache: first!.drucksache ?? '',
      });
    }
  }
}

/** Organisations, bodies with their Fraktionen, 60 invented contacts and their memberships. */
async function seedDemoContacts(dispatch: Dispatch): Promise<{ count: number; bodyIds: number[] }> {
  const organizations = [];
  for (const organization of demoOrganizations) organizations.push(await must(dispatch, 'organizations.create', { ...organization, city: 'Hamburg' }));
  const bodies = [];
  for (const body of demoBodies) bodies.push(await must(dispatch, 'bodies.create', body));
  for (const contact of demoContacts) {
    const saved = await must(dispatch, 'contacts.create', {
      salutation: contact.salutation,
      firstName: contact.firstName,
      lastName: contact.lastName,
      function: contact.function,
      fraktion: contact.fraktion,
      organizationIds: contact.organization === null ? [] : [organizations[contact.organization]!.id],
      emails: [contact.email],
      phones: [{ kind: 'work', number: contact.phone }],
      city: 'Hamburg',
      languages: [...contact.languages],
      categories: [...contact.categories],
      ...(contact.consent ? { consentPurpose: 'Einladungen und Informationen zum Integrationskonzept', consentDate: '2022-01-15', consentHow: 'schriftlich' } : {}),
    });
    for (const membership of contact.memberships) {
      await must(dispatch, 'memberships.create', { contactId: saved.id, bodyId: bodies[membership.body]!.id, role: membership.role, from: membership.from, to: membership.to });
    }
  }
  return { count: demoContacts.length, bodyIds: bodies.map((body) => body.id) };
}
