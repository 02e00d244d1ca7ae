/**
 * The wire between broker columns: follower fetches travel follower → leader, wait there (long poll,
 * replica.fetch.wait.max.ms) until the leader has new data, and come back with records and the high
 * watermark; produce requests arrive from the producer (left edge) and acknowledgements leave. Markers
 * are placed from simulated send/arrival times, so pause, step and seek show the same picture. With
 * reduced motion the markers stay still and the same facts are given as text.
 */
import { useShallow } from 'zustand/react/shallow';
import type { BrokerView, MessageView } from '../../engine';
import { useT } from '../../store/useT';
import { useKafkaMotion } from '../../store/StoreContext';
import { progress } from '../pipelineLayout';
import { useReducedMotion } from '../useReducedMotion';
import { fetchPairs, shownPartitions } from './replicationSelection';

interface Props {
  now: number;
  brokers: BrokerView[];
  /** follower → the leader it fetches from (derived from the partitions shown). */
  fetchPairs: { follower: number; leader: number }[];
  messages: MessageView[];
  reducedMotion: boolean;
}

/** Where produce traffic starts, just right of the producer label (percent of the lane). */
const PRODUCER_X = 8;

const WIRE_KINDS = new Set([
  'replicaFetchRequest',
  'replicaFetchResponse',
  'produceRequest',
  'produceResponse',
]);
const onTheWire = (m: MessageView) => WIRE_KINDS.has(m.kind);

const brokerOf = (end: string) => (end.startsWith('broker:') ? Number(end.slice(7)) : -1);

/** Horizontal centre of broker `id`'s column, in percent of the lane (the producer sits at 0). */
const centre = (id: number, count: number) => ((id + 0.5) / count) * 100;

interface Marker {
  key: string;
  x: number;
  track: 'replica' | 'produce';
  className: string;
  label: string;
}

export function ReplicationTraffic({ now, brokers, fetchPairs, messages, reducedMotion }: Props) {
  const t = useT();
  const n = brokers.length;
  const markers: Marker[] = [];
  const counts = { fetch: 0, data: 0, records: 0, waiting: 0, pausing: 0, produce: 0, ack: 0 };
  const busy = new Set<string>();
  for (const m of messages) {
    const p = reducedMotion ? 0.5 : progress(now, m.sentAt, m.arriveAt);
    const from = brokerOf(m.from);
    const to = brokerOf(m.to);
    if (m.kind === 'replicaFetchRequest' || m.kind === 'replicaFetchResponse') {
      if (from < 0 || to < 0) continue;
      busy.add(m.kind === 'replicaFetchRequest' ? `${from}>${to}` : `${to}>${from}`);
      const x = centre(from, n) + p * (centre(to, n) - centre(from, n));
      const request = m.kind === 'replicaFetchRequest';
      if (request) counts.fetch++;
      else {
        counts.data++;
        counts.records += m.records;
      }
      markers.push({
        key: `m${m.id}`,
        x,
        track: 'replica',
        className: request ? 'wire__dot wire__dot--fetch' : 'wire__dot wire__dot--data',
        label: request ? t('repl.wire.fetchMark') : m.records > 0 ? `⇣${m.records}` : '⇣HW',
      });
    } else if (m.kind === 'produceRequest' || m.kind === 'produceResponse') {
      const broker = m.kind === 'produceRequest' ? to : from;
      if (broker < 0) continue;
      const toward = m.kind === 'produceRequest' ? p : 1 - p;
      if (m.kind === 'produceRequest') counts.produce++;
      else counts.ack++;
      markers.push({
        key: `m${m.id}`,
        // From the producer label at the lane's left edge to the broker's column.
        x: PRODUCER_X + toward * (centre(broker, n) - PRODUCER_X),
        track: 'produce',
        className: m.kind === 'produceRequest' ? 'wire__dot wire__dot--produce' : 'wire__dot wire__dot--ack',
        label: m.kind === 'produceRequest' ? `${m.records}▸` : '✓',
      });
    }
  }
  for (const b of brokers)
    for (const follower of b.parkedFetchesFrom) {
      counts.waiting++;
      busy.add(`${follower}>${b.id}`);
      // A parked fetch sits just beside the leader, on the follower's side.
      const side = Math.sign(centre(follower, n) - centre(b.id, n)) || 1;
      markers.push({
        key: `park${b.id}-${follower}`,
        x: centre(b.id, n) + side * (35 / n),
        track: 'replica',
        className: 'wire__dot wire__dot--parked',
        label: t('repl.wire.waiting', { id: follower }),
      });
    }
  // A live follower with no fetch out is between fetches (its fetch delay, or a retry backoff).
  for (const { follower, leader } of fetchPairs) {
    if (busy.has(`${follower}>${leader}`) || !brokers[follower]?.alive || !brokers[leader]?.alive) continue;
    busy.add(`${follower}>${leader}`);
    counts.pausing++;
    markers.push({
      key: `pause${follower}-${leader}`,
      x: centre(follower, n),
      track: 'replica',
      className: 'wire__dot wire__dot--pausing',
      label: t('repl.wire.pausing'),
    });
  }
  const summary = t('repl.wire.summary', counts);
  return (
    <div className="wire" data-testid="replication-wire">
      <p className="wire__caption">
        <span aria-hidden="true">{t('repl.wire.caption')}</span>
        <span className={reducedMotion ? 'wire__summary' : 'sr-only'} data-testid="wire-summary">
          {summary}
        </span>
      </p>
      {!reducedMotion && (
        <div className="wire__lane" aria-hidden="true">
          <span className="wire__producer">{t('repl.wire.producer')}</span>
          {markers.map((mk) => (
            <span
              key={mk.key}
              className={`${mk.className} wire__dot--${mk.track}`}
              style={{ left: `${mk.x}%` }}
            >
              {mk.label}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}

/** The wire for the topic shown, on the frame-rate store: its markers move every frame, the panel's text need not. */
export function LiveReplicationTraffic({ topic }: { topic: string }) {
  const reducedMotion = useReducedMotion();
  const brokers = useKafkaMotion((s) => s.snap.brokers);
  const messages = useKafkaMotion((s) => s.live.messages);
  // Only a message on its way moves with the clock; parked and pausing markers stand still.
  const now = useKafkaMotion((s) => (s.live.messages.some(onTheWire) ? s.live.now : 0));
  // A fresh array each call: compared element by element, so it is stable while the partitions are.
  const partitions = useKafkaMotion(useShallow((s) => shownPartitions(s, topic)));
  return (
    <ReplicationTraffic
      now={now}
      brokers={brokers}
      fetchPairs={fetchPairs(partitions)}
      messages={messages}
      reducedMotion={reducedMotion}
    />
  );
}
