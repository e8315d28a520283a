import type { AreaMeasure } from '../../api/contract';
import type { Palette } from './colourScale';

/**
 * What the tile map can be coloured by: an area figure, or `coverage` — the share of a
 * province's target tambons that have a model group (issue 13; provinces without targets grey).
 */
export type MapMeasure = AreaMeasure | 'coverage';

/** The figures the tile map can be coloured by, in the order of the menu. */
export const MAP_MEASURES: readonly { key: MapMeasure; palette: Palette; money: boolean }[] = [
  { key: 'groups', palette: 'green', money: false },
  { key: 'formed', palette: 'green', money: false },
  { key: 'members', palette: 'green', money: false },
  { key: 'allStepsDone', palette: 'green', money: false },
  // More is worse: the red scale says so.
  { key: 'overdueGroups', palette: 'red', money: false },
  { key: 'registered', palette: 'green', money: false },
  { key: 'salesValue', palette: 'green', money: true },
  { key: 'exchanges', palette: 'green', money: false },
  { key: 'productionValue', palette: 'green', money: true },
  { key: 'coverage', palette: 'green', money: false },
];

export const isMapMeasure = (value: string | null): value is MapMeasure => MAP_MEASURES.some((m) => m.key === value);
