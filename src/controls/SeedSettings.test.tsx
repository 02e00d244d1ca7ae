import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../test-utils/renderWithStore';
import { SeedSettings } from './SeedSettings';

const SEED_KEYS = [
  'acks',
  'enable.idempotence',
  'retries',
  'retry.backoff.ms',
  'delivery.timeout.ms',
  'request.timeout.ms',
  'max.in.flight.requests.per.connection',
  'min.insync.replicas',
  'unclean.leader.election.enable',
  'replica.lag.time.max.ms',
  'fetch.min.bytes',
  'fetch.max.wait.ms',
  'max.partition.fetch.bytes',
  'fetch.max.bytes',
  'offsets.retention.minutes',
];

describe('the seed notes’ settings', () => {
  it('are each a control named by its Kafka key, with Kafka’s default marked', () => {
    renderWithStore(<SeedSettings />, { scenarioId: 'acks-all-survives' });
    fireEvent.click(screen.getByText(/More settings from the notes/));
    for (const key of SEED_KEYS) expect(screen.getByLabelText(key), key).toBeInTheDocument();
    expect(screen.getByLabelText('acks')).toHaveValue('all');
    expect(screen.getByLabelText('replication factor')).toHaveValue('3');
  });

  it('change the running cluster: a topic’s min.insync.replicas, the brokers’ replica.lag.time.max.ms', () => {
    const { store } = renderWithStore(<SeedSettings />, { scenarioId: 'acks-all-survives' });
    const before = store.getState().snap.topicConfigs.orders!['min.insync.replicas'];
    const minIsr = screen.getByLabelText('min.insync.replicas');
    fireEvent.change(minIsr, { target: { value: Number(minIsr.getAttribute('value')) + 1 } });
    expect(store.getState().snap.topicConfigs.orders!['min.insync.replicas']).not.toBe(before);
    const lag = screen.getByLabelText('replica.lag.time.max.ms');
    fireEvent.change(lag, { target: { value: 0 } });
    expect(store.getState().snap.brokerConfig['replica.lag.time.max.ms']).not.toBe(30000);
  });

  it('follow Kafka’s cross-setting rules: acks=1 turns default idempotence off, but not an explicit one', () => {
    const { store } = renderWithStore(<SeedSettings />, { scenarioId: 'idempotence-exactly-once' });
    const producer = () => store.getState().snap.producers[0]!;
    fireEvent.change(screen.getByLabelText('acks'), { target: { value: '1' } });
    expect(producer().config.acks).toBe('1');
    expect(producer().idempotent).toBe(false); // silently off: enable.idempotence was not set explicitly
    fireEvent.change(screen.getByLabelText('acks'), { target: { value: 'all' } });
    fireEvent.change(screen.getByLabelText('enable.idempotence'), { target: { value: 'true' } });
    fireEvent.change(screen.getByLabelText('acks'), { target: { value: '1' } });
    expect(producer().config.acks).toBe('all'); // refused: a real producer throws ConfigException
    expect(store.getState().notices.at(-1)).toMatchObject({ kind: 'error' });
  });

  it('restart with a new replication factor and say so', () => {
    const { store } = renderWithStore(<SeedSettings />, { scenarioId: 'acks-all-survives' });
    fireEvent.change(screen.getByLabelText('replication factor'), { target: { value: '2' } });
    expect(store.getState().scenario.topics[0]!.replicationFactor).toBe(2);
    expect(store.getState().notices.at(-1)?.text).toContain('replication factor 2');
  });
});
