/** Height per field (bar plus gap) and the room for the axis below. */
export const ROW_HEIGHT = 46;
export const AXIS_HEIGHT = 36;

/** The chart's height for so many fields: the bars and the placeholder while they load agree. */
export const chartHeight = (fields: number) => fields * ROW_HEIGHT + AXIS_HEIGHT;
