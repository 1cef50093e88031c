/**
 * The incident itself, a death, and the steps of the procedures that news follows after an event (arrest,
 * charge, arraignment, hearing, trial, verdict, sentence …), as English word forms mapped to their step.
 * Each step happens on its own day, so "convicted on Tuesday" and "arraigned Wednesday" are two events, not
 * two dates for one. The steps follow crime and court reporting (arrest to sentence) and the other dated
 * events the news-dev stories report (a coach fired, a surgeon general nominated, a host announced).
 */
export const PROCEDURE_STEPS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['arrested arrest arresting booked', 'arrest'],
      ['charged charging indicted indictment accused', 'charge'],
      ['shot shooting shootings attack attacked stabbed stabbing struck crash collided killed', 'incident'],
      ['died death dead', 'death'],
      ['arraigned arraignment', 'arraignment'],
      ['hearing hearings', 'hearing'],
      ['trial', 'trial'],
      ['convicted conviction acquitted acquittal verdict', 'verdict'],
      ['sentenced sentencing', 'sentence'],
      ['pleaded plea', 'plea'],
      ['filed filing', 'filing'],
      ['released release bail', 'release'],
      ['decided decision', 'decision'],
      ['fired dismissed sacked ousted dismissal', 'dismissal'],
      ['hired appointed nominated nomination appointment', 'appointment'],
      ['resigned resignation', 'resignation'],
      ['announced announcement', 'announcement'],
      ['funeral buried burial vigil memorial', 'funeral'],
    ] as const
  ).flatMap(([words, step]) => words.split(' ').map((word): [string, string] => [word, step])),
);
