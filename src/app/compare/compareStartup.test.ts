/** Issue 14, defect 6: A/B compare refuses a half whose client Kafka would refuse at start-up. */
import { describe, expect, it } from 'vitest';
import { findExample } from '../../scenarios';
import { compareScenarios } from './compareSetup';

describe('A/B compare: start-up checks', () => {
  it('refuses delivery.timeout.ms=1 with Kafka’s message and falls back to the preset', () => {
    const setup = compareScenarios(findExample('steady-stream')!.scenario, {
      key: 'delivery.timeout.ms',
      a: '1',
      b: '120000',
    });
    expect(setup.key).toBe('linger.ms');
    expect(setup.rejected).toMatchObject({ key: 'delivery.timeout.ms', a: '1', b: '120000' });
    expect(setup.rejected!.reason).toMatch(
      /delivery\.timeout\.ms should be equal to or larger than linger\.ms \+ request\.timeout\.ms/,
    );
  });

  it('refuses enable.idempotence=true with acks=0', () => {
    const setup = compareScenarios(findExample('acks-0-fire-and-forget')!.scenario, {
      key: 'enable.idempotence',
      a: 'true',
      b: 'false',
    });
    expect(setup.rejected?.reason).toMatch(/acks/);
  });
});
