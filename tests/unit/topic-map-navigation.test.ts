import { describe, expect, it } from 'vitest';
import { isArrowKey, pickInDirection } from '../../src/scripts/topic-map-navigation';

const from = { index: 0, x: 100, y: 100 };
/** Neighbours around `from`: right, left, above, below, and one far down-right. */
const neighbours = [
  { index: 1, x: 160, y: 110 },
  { index: 2, x: 40, y: 95 },
  { index: 3, x: 105, y: 30 },
  { index: 4, x: 90, y: 170 },
  { index: 5, x: 400, y: 390 },
];

describe('pickInDirection', () => {
  it.each([
    ['ArrowRight', 1],
    ['ArrowLeft', 2],
    ['ArrowUp', 3],
    ['ArrowDown', 4],
  ] as const)('picks the neighbour in the direction of %s', (key, expected) => {
    expect(pickInDirection(from, neighbours, key)).toBe(expected);
  });

  it('prefers a farther neighbour on the axis over a nearer one off it', () => {
    const candidates = [
      { index: 1, x: 130, y: 135 },
      { index: 2, x: 190, y: 100 },
    ];
    expect(pickInDirection(from, candidates, 'ArrowRight')).toBe(2);
  });

  it('falls back to a neighbour within 90 degrees when none lies within 60', () => {
    expect(pickInDirection(from, [{ index: 7, x: 110, y: 160 }], 'ArrowRight')).toBe(7);
  });

  it('returns undefined when no neighbour lies that way', () => {
    expect(pickInDirection(from, [{ index: 2, x: 40, y: 95 }], 'ArrowRight')).toBeUndefined();
    expect(pickInDirection(from, [], 'ArrowUp')).toBeUndefined();
  });

  it('ignores a neighbour at the same spot', () => {
    expect(pickInDirection(from, [{ index: 9, x: 100, y: 100 }], 'ArrowDown')).toBeUndefined();
  });
});

describe('isArrowKey', () => {
  it('accepts the four arrow keys only', () => {
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].every(isArrowKey)).toBe(true);
    expect(isArrowKey('Enter')).toBe(false);
    expect(isArrowKey('toString')).toBe(false);
  });
});
