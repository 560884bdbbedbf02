// Meetings in five parts (meetings, agenda, attendance, decisions, action items) and their calls;
// importers keep using 'contract/meetings'.
export * from './meetings';
export * from './agenda';
export * from './attendance';
export * from './decisions';
export * from './action-items';
export * from './calls';
