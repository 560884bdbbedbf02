/** Word measures lengths in twentieths of a point (twips); the engine thinks in millimetres and points. */
export const TWIPS_PER_POINT = 20;
const POINTS_PER_MM = 72 / 25.4;

export const pointsFromMm = (mm: number): number => mm * POINTS_PER_MM;
export const twipsFromMm = (mm: number): number => Math.round(pointsFromMm(mm) * TWIPS_PER_POINT);
export const twipsFromPoints = (points: number): number => Math.round(points * TWIPS_PER_POINT);
/** Font sizes are written in half points. */
export const halfPoints = (points: number): number => Math.round(points * 2);
/** Pictures are sized in pixels at 96 per inch. */
export const pixelsFromMm = (mm: number): number => Math.round((mm / 25.4) * 96);
