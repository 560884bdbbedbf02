import { href, paths, toPath } from '../../app/paths';

/** A measure's page, linked from the dashboard's lists. */
export const measureHref = (id: number) => href(toPath(paths.measure, { id }));
