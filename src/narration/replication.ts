/** Broker and replication narration: crashes, faults, ISR changes, elections, truncation, lost records. */
import type { SimEvent } from '../engine';
import { list, Narration, tp } from './types';

export function narrateReplication(n: Narration, e: SimEvent): boolean {
  switch (e.type) {
    case 'BrokerCrashed':
      n.add(e.at, 'brokerCrashed', 'narr.brokerCrashed', { broker: e.broker });
      return true;
    case 'BrokerRestarted':
      n.add(e.at, 'brokerRestarted', 'narr.brokerRestarted', { broker: e.broker });
      return true;
    case 'BrokerFenced':
      n.add(e.at, 'brokerFenced', 'narr.brokerFenced', { broker: e.broker });
      return true;
    case 'FaultChanged':
      faultChanged(n, e);
      return true;
    case 'IsrShrunk':
      n.add(e.at, 'isrShrunk', e.reason === 'fenced' ? 'narr.isrShrunk.fenced' : 'narr.isrShrunk.lagging', {
        partition: tp(e.topic, e.partition),
        broker: e.broker,
        isr: list(e.isr),
      });
      return true;
    case 'IsrExpanded':
      n.add(e.at, 'isrExpanded', 'narr.isrExpanded', {
        partition: tp(e.topic, e.partition),
        broker: e.broker,
        isr: list(e.isr),
      });
      return true;
    case 'LeaderElected':
      n.add(e.at, 'leaderElected', e.unclean ? 'narr.leaderElected.unclean' : 'narr.leaderElected', {
        partition: tp(e.topic, e.partition),
        leader: e.leader,
        epoch: e.epoch,
      });
      return true;
    case 'PartitionOffline':
      n.add(e.at, 'partitionOffline', 'narr.partitionOffline', { partition: tp(e.topic, e.partition) });
      return true;
    case 'LogTruncated':
      n.add(e.at, 'logTruncated', 'narr.logTruncated', {
        partition: tp(e.topic, e.partition),
        broker: e.broker,
        offset: e.toOffset,
        count: e.records,
      });
      return true;
    case 'RecordsLostAfterAck':
      // The broker reports each lost record; one sentence per partition and producer per second.
      n.counted(`lost|${e.producer}|${tp(e.topic, e.partition)}`, e.at, e.records, () => ({
        kind: 'recordsLostAfterAck',
        key: 'narr.lostAfterAck',
        params: { producer: e.producer, partition: tp(e.topic, e.partition) },
        importance: 'key',
      }));
      return true;
    default:
      return false;
  }
}

function faultChanged(n: Narration, e: Extract<SimEvent, { type: 'FaultChanged' }>): void {
  const broker = e.broker;
  switch (e.fault) {
    case 'slow':
      if (e.value) n.add(e.at, 'faultChanged', 'narr.fault.slow', { broker, ms: Number(e.value) });
      else n.add(e.at, 'faultChanged', 'narr.fault.slowOff', { broker });
      return;
    case 'isolated':
      n.add(e.at, 'faultChanged', e.value ? 'narr.fault.isolated' : 'narr.fault.healed', { broker });
      return;
    case 'dropResponse':
      n.add(e.at, 'faultChanged', 'narr.fault.dropResponse', { broker, count: Number(e.value) });
      return;
    case 'isrDip':
      n.add(e.at, 'faultChanged', 'narr.fault.isrDip', { broker, count: Number(e.value) });
      return;
  }
}
