/**
 * A goal must be reachable with the controls its lesson card shows: every value its intended solution
 * sets through one of those controls is a value the control offers.
 */
import { describe, expect, it } from 'vitest';
import { defaultOf, findKey } from '../../engine';
import { COURSE, lessonScenario } from '../../lessons';
import { controlStops } from '../../controls/CatalogueControl';
import { RATE_STOPS, VALUE_BYTES_STOPS } from '../../controls/sliderScale';

describe('goal controls offer the values the goals need', () => {
  for (const lesson of COURSE) {
    it(lesson.id, () => {
      const version = lessonScenario(lesson).kafkaVersion;
      for (const step of lesson.steps) {
        const goal = step.goal;
        if (!goal) continue;
        for (const a of goal.solution) {
          if (a.action === 'setWorkload') {
            if (a.recordsPerSec !== undefined) expect(goal.controls).toContain('records/s');
            if (a.recordsPerSec !== undefined) expect(RATE_STOPS).toContain(a.recordsPerSec);
            if (a.valueBytes !== undefined) expect(VALUE_BYTES_STOPS).toContain(a.valueBytes);
            if (a.keys !== undefined) expect(goal.controls).toContain('keys');
            continue;
          }
          if (a.action !== 'setProducerConfig' && a.action !== 'setConsumerConfig') continue;
          expect(goal.controls, `${a.key} has a control`).toContain(a.key);
          const spec = findKey(a.action === 'setProducerConfig' ? 'producer' : 'consumer', a.key)!;
          if (spec.kind === 'int') {
            const def = defaultOf(spec, version) as number;
            expect(controlStops(spec, def, def), a.key).toContain(a.value);
          } else {
            expect(spec.values ?? ['true', 'false']).toContain(String(a.value));
          }
        }
      }
    });
  }
});
