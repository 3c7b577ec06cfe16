/** An axis-aligned box: [left, top, right, bottom]. */
export type Box = [number, number, number, number];

/** A dot to label: where it is, its radius, and how much it matters (busiest labelled first). */
export interface LabelPoint {
  key: string;
  name: string;
  x: number;
  y: number;
  r: number;
  weight: number;
}

/** A placed label: where its text goes and the box it covers. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** True when two boxes share some area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** The box of a dot. */
export const dotBox = (p: Pick<LabelPoint, 'x' | 'y' | 'r'>): Box => [
  p.x - p.r,
  p.y - p.r,
  p.x + p.r,
  p.y + p.r,
];

/** The places a label may go, in order of preference: right, left, above, below its dot. */
function candidates(p: LabelPoint, fontSize: number): PlacedLabel[] {
  const w = p.name.length * fontSize; // CJK characters are one em wide
  const h = fontSize;
  const gap = p.r + 2;
  const base = (top: number) => round(top + h * 0.85);
  return [
    {
      x: p.x + gap,
      y: base(p.y - h / 2),
      anchor: 'start',
      box: [p.x + gap, p.y - h / 2, p.x + gap + w, p.y + h / 2],
    },
    {
      x: p.x - gap,
      y: base(p.y - h / 2),
      anchor: 'end',
      box: [p.x - gap - w, p.y - h / 2, p.x - gap, p.y + h / 2],
    },
    {
      x: p.x,
      y: base(p.y - gap - h),
      anchor: 'middle',
      box: [p.x - w / 2, p.y - gap - h, p.x + w / 2, p.y - gap],
    },
    {
      x: p.x,
      y: base(p.y + gap),
      anchor: 'middle',
      box: [p.x - w / 2, p.y + gap, p.x + w / 2, p.y + gap + h],
    },
  ].map((c) => ({ ...c, x: round(c.x), box: c.box.map(round) as Box }) as PlacedLabel);
}

/**
 * Place the labels of dots greedily, busiest first (then by key): each at the first of its
 * candidate places that stays inside the frame and overlaps no dot and no label placed before;
 * a label with no such place is left out (null), to be shown on hover or focus.
 */
export function placeLabels(
  points: readonly LabelPoint[],
  fontSize: number,
  frame: Box,
): Map<string, PlacedLabel | null> {
  const taken: Box[] = points.map(dotBox);
  const inside = (b: Box) =>
    b[0] >= frame[0] && b[1] >= frame[1] && b[2] <= frame[2] && b[3] <= frame[3];
  const order = [...points].sort(
    (a, b) => b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const placed = new Map<string, PlacedLabel | null>();
  for (const p of order) {
    const free = candidates(p, fontSize).find(
      (c) => inside(c.box) && !taken.some((t) => boxesOverlap(t, c.box)),
    );
    placed.set(p.key, free ?? null);
    if (free) taken.push(free.box);
  }
  return placed;
}
