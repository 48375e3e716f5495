import { box, shade } from './backdrops.ts';
import type { Rng } from './rng.ts';
import { UNIFORM_COLOURS } from './setting.ts';

// Hard negatives for the uniform check: things in the uniform's exact colours with nobody in the
// picture. The rule is about a person shown in the uniform, so none of these should be flagged.

/** Uniform-coloured things with no person: a door, a bench, a bin, cushions, a noticeboard. */
export function thing(rng: Rng, i: number): { what: string; html: string } {
  const colour = i % 2 ? UNIFORM_COLOURS.mustard : UNIFORM_COLOURS.green;
  const fill = `background:linear-gradient(110deg,${shade(colour, 25)},${colour} 45%,${shade(colour, -35)})`;
  const x = rng.range(120, 360);
  const things = [
    { what: 'door', html: box(x, 160, 220, 560, `${fill};border-radius:4px;box-shadow:0 0 0 12px #eee`) },
    {
      what: 'cushions on a sofa',
      html:
        box(80, 520, 560, 180, 'background:#5a5048;border-radius:20px') +
        box(130, 420, 190, 150, `${fill};border-radius:30px`) +
        box(380, 420, 190, 150, `${fill};border-radius:30px`),
    },
    {
      what: 'wheelie bin',
      html:
        box(x, 380, 200, 360, `${fill};border-radius:10px 10px 4px 4px`) +
        box(x - 10, 360, 220, 36, `background:${shade(colour, -40)};border-radius:6px`),
    },
    {
      what: 'noticeboard with no words',
      html: box(x - 60, 150, 380, 280, `${fill};border:14px solid #8a6a44`),
    },
    {
      what: 'garden bench',
      html:
        box(x - 80, 520, 420, 40, fill) +
        box(x - 80, 460, 420, 40, fill) +
        box(x - 60, 560, 24, 130, 'background:#333') +
        box(x + 300, 560, 24, 130, 'background:#333'),
    },
    {
      what: 'curtains',
      html:
        box(60, 80, 240, 700, `${fill};border-radius:0 0 30px 30px`) +
        box(420, 80, 240, 700, `${fill};border-radius:0 0 30px 30px`),
    },
  ];
  return things[i % things.length]!;
}
