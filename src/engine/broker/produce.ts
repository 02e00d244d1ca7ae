/** The leader's handling of a produce request: append each batch, answer according to acks. */
import type { Step } from '../core/step';
import { sendMessage } from '../core/step';
import type { Message } from '../model/state';
import { appendBatch } from './log';
import { wakeParkedFetches } from './fetch';

export function handleProduceRequest(
  step: Step,
  message: Extract<Message, { kind: 'produceRequest' }>,
): void {
  const { sim } = step;
  const producer = sim.producers[message.producer]!;
  const results = message.batches.map((batch) => {
    const tp = sim.topics.find((t) => t.name === batch.topic)!.partitions[batch.partition]!;
    const baseOffset = appendBatch(step, tp, {
      count: batch.count,
      bytes: batch.bytes,
      producer: producer.id,
      baseSequence: batch.baseSequence,
      createdAt: batch.createdAt,
    });
    return { batch, baseOffset };
  });
  wakeParkedFetches(step, message.broker);
  // acks=0 expects no answer. acks=1 and acks=all answer once the ISR has the data; with a single
  // replica that is now. (Waiting for followers arrives with the replication issue.)
  if (message.acks !== '0') {
    sendMessage(sim, {
      kind: 'produceResponse',
      producer: message.producer,
      broker: message.broker,
      results,
    });
  }
}
