import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BrokerView, MessageView } from '../../engine';
import { KafkaStoreProvider } from '../../store/StoreContext';
import { createKafkaStore } from '../../store/kafkaStore';
import { findExample } from '../../scenarios';
import { ReplicationTraffic } from './ReplicationTraffic';

const broker = (id: number, parked: number[] = []): BrokerView => ({
  id,
  alive: true,
  fenced: false,
  isolated: false,
  fetchDelayMs: 0,
  dropResponses: 0,
  parkedFetchesFrom: parked,
});

const message = (kind: MessageView['kind'], from: string, to: string, records = 0): MessageView => ({
  id: Math.floor(Math.random() * 1e9),
  kind,
  from,
  to,
  sentAt: 0,
  arriveAt: 10,
  records,
  bytes: 0,
  parts: [],
});

function show(reducedMotion: boolean) {
  const id = 'acks-all-survives';
  const store = createKafkaStore({ scenarioId: id, scenario: findExample(id)!.scenario, lang: 'en' });
  render(
    <KafkaStoreProvider store={store}>
      <ReplicationTraffic
        now={5}
        brokers={[broker(0, [2]), broker(1), broker(2)]}
        fetchPairs={[
          { follower: 1, leader: 0 },
          { follower: 2, leader: 0 },
        ]}
        messages={[
          message('replicaFetchResponse', 'broker:0', 'broker:1', 7),
          message('produceRequest', 'producer:p1', 'broker:0', 3),
        ]}
        reducedMotion={reducedMotion}
      />
    </KafkaStoreProvider>,
  );
}

describe('ReplicationTraffic', () => {
  it('draws follower fetches, parked fetches and produce traffic as labelled markers', () => {
    show(false);
    const lane = screen.getByTestId('replication-wire');
    expect(lane).toHaveTextContent('⇣7'); // a fetch response bringing 7 records to broker 1
    expect(lane).toHaveTextContent('‖ B2 waits'); // broker 2's fetch parked at leader 0
    expect(lane).toHaveTextContent('3▸'); // a produce request with 3 records
    expect(screen.getByTestId('wire-summary')).toHaveTextContent(
      'In flight: 0 follower fetches, 1 waiting at a leader, 1 fetch response carrying 7 records, 0 followers between fetches, 1 produce request, 0 acknowledgements.',
    );
  });

  it('with reduced motion shows the same facts as text and no moving markers', () => {
    show(true);
    expect(screen.getByTestId('replication-wire')).not.toHaveTextContent('⇣7');
    expect(screen.getByTestId('wire-summary')).toBeVisible();
    expect(screen.getByTestId('wire-summary')).toHaveTextContent('1 fetch response carrying 7 records');
  });
});
