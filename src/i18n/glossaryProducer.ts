/** Glossary: records, topics and the producer (definitions follow Kafka 4.0 defaults). */
import type { GlossaryEntry, ProducerTermId } from './glossaryTypes';

export const PRODUCER_TERMS: Record<ProducerTermId, GlossaryEntry> = {
  record: {
    term: { en: 'record', ko: '레코드(record)' },
    definition: {
      en: 'One message in Kafka: an optional key, a value and a timestamp. Within a partition, records are read in the order they were written.',
      ko: '레코드(record)는 Kafka의 메시지 하나로, 선택적인 key와 value, 타임스탬프로 이루어집니다. 파티션 안에서는 쓰인 순서대로 읽힙니다.',
    },
    seeAlso: ['key', 'offset'],
  },
  key: {
    term: { en: 'key', ko: 'key' },
    definition: {
      en: 'An optional part of a record that chooses its partition: records with the same key go to the same partition (as long as the partition count stays the same), so they stay in order.',
      ko: 'key는 레코드의 파티션을 정하는 선택적인 값입니다. 같은 key의 레코드는 (파티션 수가 그대로인 한) 같은 파티션으로 가므로 순서가 지켜집니다.',
    },
    seeAlso: ['murmur2', 'hotKey'],
  },
  topic: {
    term: { en: 'topic', ko: '토픽(topic)' },
    definition: {
      en: 'A named stream of records, such as "orders". A topic is split into partitions that are spread over the brokers.',
      ko: '토픽(topic)은 "orders"처럼 이름이 붙은 레코드 스트림입니다. 토픽은 여러 파티션으로 나뉘어 브로커들에 흩어져 저장됩니다.',
    },
    seeAlso: ['partition'],
  },
  partition: {
    term: { en: 'partition', ko: '파티션(partition)' },
    definition: {
      en: 'One slice of a topic: an ordered log that only grows at the end. Order is guaranteed only inside a partition, and within a group each partition is read by one consumer.',
      ko: '파티션(partition)은 토픽을 나눈 조각으로, 끝에만 추가되는 순서 있는 로그입니다. 순서는 파티션 안에서만 보장되고, 한 그룹에서 파티션 하나는 컨슈머 하나만 읽습니다.',
    },
    seeAlso: ['topic', 'offset', 'replica'],
  },
  offset: {
    term: { en: 'offset', ko: '오프셋(offset)' },
    definition: {
      en: 'The number of a record in its partition: 0, 1, 2, … Consumers use offsets to remember how far they have read.',
      ko: '오프셋(offset)은 파티션 안에서 레코드가 갖는 번호(0, 1, 2, …)입니다. 컨슈머는 오프셋으로 어디까지 읽었는지 기억합니다.',
    },
    seeAlso: ['position', 'commit'],
  },
  producer: {
    term: { en: 'producer', ko: '프로듀서(producer)' },
    definition: {
      en: 'The client that writes records to topics. It collects records into batches per partition and sends them to the broker that leads each partition.',
      ko: '프로듀서(producer)는 토픽에 레코드를 쓰는 클라이언트입니다. 레코드를 파티션별 배치로 모아 각 파티션의 리더 브로커로 보냅니다.',
    },
    seeAlso: ['batch', 'acks'],
  },
  batch: {
    term: { en: 'batch', ko: '배치(batch)' },
    definition: {
      en: 'Records for the same partition that the producer sends together. Bigger batches mean fewer requests and better compression.',
      ko: '배치(batch)는 프로듀서가 함께 보내는 같은 파티션의 레코드 묶음입니다. 배치가 클수록 요청 수가 줄고 압축이 잘 됩니다.',
    },
    seeAlso: ['linger', 'batchSize', 'rodeAlong'],
  },
  linger: {
    term: { en: 'linger.ms', ko: 'linger.ms' },
    definition: {
      en: 'How long a batch that is not full yet may wait for more records before it is sent: 5 ms by default since Kafka 4.0 (0 before). A batch that fills up leaves sooner.',
      ko: 'linger.ms는 아직 가득 차지 않은 배치가 레코드를 더 기다릴 수 있는 시간입니다. Kafka 4.0부터 기본 5 ms(그전에는 0)이며, 가득 찬 배치는 더 일찍 떠납니다.',
    },
    seeAlso: ['batchSize', 'batch'],
  },
  batchSize: {
    term: { en: 'batch.size', ko: 'batch.size' },
    definition: {
      en: 'The size limit of one batch, per partition: 16384 bytes (16 KiB) by default. A full batch is sent without waiting for linger.ms.',
      ko: 'batch.size는 파티션별 배치 하나의 크기 한도로, 기본 16384바이트(16 KiB)입니다. 가득 찬 배치는 linger.ms를 기다리지 않고 전송됩니다.',
    },
    seeAlso: ['linger', 'bufferMemory'],
  },
  bufferMemory: {
    term: { en: 'buffer.memory', ko: 'buffer.memory' },
    definition: {
      en: 'The total memory (32 MiB by default) the producer may use for batches that wait to be sent or acknowledged. When it is full, send() blocks for up to max.block.ms (60 s) and then fails.',
      ko: 'buffer.memory는 전송이나 확인(ack)을 기다리는 배치에 프로듀서가 쓸 수 있는 전체 메모리(기본 32 MiB)입니다. 가득 차면 send()가 최대 max.block.ms(60초) 동안 멈췄다가 실패합니다.',
    },
    seeAlso: ['batchSize'],
  },
  stickyPartitioning: {
    term: { en: 'sticky partitioning', ko: 'sticky 파티셔닝' },
    definition: {
      en: 'How records without a key are spread (Kafka 3.3+): the producer sticks to one partition until about batch.size bytes went there, then picks another, preferring brokers with shorter queues. The spread evens out and batches stay full.',
      ko: 'key 없는 레코드를 나누는 방식입니다(Kafka 3.3부터). 한 파티션에 약 batch.size 바이트를 보낼 때까지 머물다가, 대기열이 짧은 브로커를 우선해 다른 파티션으로 옮깁니다. 고르게 퍼지면서도 배치가 꽉 찹니다.',
    },
    seeAlso: ['roundRobin', 'batchSize'],
  },
  roundRobin: {
    term: { en: 'round robin', ko: '라운드 로빈(round robin)' },
    definition: {
      en: 'Sending each record to the next partition in turn. The spread is even, but each batch gets few records, so there are more requests and worse compression; the opt-in RoundRobinPartitioner also ignores keys.',
      ko: '라운드 로빈(round robin)은 레코드를 파티션에 하나씩 돌아가며 보내는 방식입니다. 고르게 퍼지지만 배치마다 레코드가 적어 요청이 늘고 압축이 나빠지며, 직접 켜야 하는 RoundRobinPartitioner는 key도 무시합니다.',
    },
    seeAlso: ['stickyPartitioning'],
  },
  murmur2: {
    term: { en: 'murmur2 (key hashing)', ko: 'murmur2 (key 해싱)' },
    definition: {
      en: "The hash the producer applies to a key's bytes: partition = (murmur2(key) & 0x7fffffff) % number of partitions. Same key and same partition count give the same partition; adding partitions moves keys.",
      ko: 'murmur2는 프로듀서가 key 바이트에 적용하는 해시입니다: 파티션 = (murmur2(key) & 0x7fffffff) % 파티션 수. key와 파티션 수가 같으면 늘 같은 파티션이고, 파티션을 늘리면 key가 옮겨 갑니다.',
    },
    seeAlso: ['key', 'hotKey'],
  },
  hotKey: {
    term: { en: 'hot key', ko: '핫 키(hot key)' },
    definition: {
      en: 'A key used far more often than the others. All its records land on one partition, so that partition and the consumer reading it get much more work than the rest.',
      ko: '핫 키(hot key)는 다른 key보다 훨씬 자주 쓰이는 key입니다. 그 레코드가 모두 한 파티션으로 가서 그 파티션과 그것을 읽는 컨슈머에 일이 몰립니다.',
    },
    seeAlso: ['key', 'murmur2'],
  },
  serializer: {
    term: { en: 'serializer', ko: 'serializer' },
    definition: {
      en: 'Code in the producer that turns a key or value into bytes; a deserializer in the consumer turns the bytes back. Kafka itself stores only bytes.',
      ko: 'serializer는 프로듀서에서 key나 value를 바이트로 바꾸는 코드이고, 컨슈머의 deserializer가 다시 되돌립니다. Kafka 자체는 바이트만 저장합니다.',
    },
  },
  compression: {
    term: { en: 'compression', ko: '압축(compression)' },
    definition: {
      en: 'compression.type (none by default; gzip, snappy, lz4 or zstd) makes the producer compress each batch as a whole. The broker usually stores it as it is and the consumer decompresses it, so bigger batches compress better.',
      ko: 'compression.type(기본 none; gzip, snappy, lz4, zstd)을 켜면 프로듀서가 배치를 통째로 압축합니다. 브로커는 보통 그대로 저장하고 컨슈머가 풀기 때문에, 배치가 클수록 압축이 잘 됩니다.',
    },
    seeAlso: ['batch'],
  },
  acks: {
    term: { en: 'acks', ko: 'acks' },
    definition: {
      en: 'How safely a write must be stored before the producer hears "success": 0 = no answer at all, 1 = the leader wrote it, all = every replica in the ISR has it (the default since Kafka 3.0).',
      ko: 'acks는 프로듀서가 "성공"을 듣기 전에 쓰기가 얼마나 안전하게 저장되어야 하는지 정합니다: 0 = 응답 없음, 1 = 리더가 기록함, all = ISR의 모든 레플리카가 가짐(Kafka 3.0부터 기본값).',
    },
    seeAlso: ['isr', 'minIsr'],
  },
  retries: {
    term: { en: 'retries', ko: 'retries' },
    definition: {
      en: 'How many times the producer resends a batch after a retriable error; the default is practically unlimited. The real limit is delivery.timeout.ms.',
      ko: 'retries는 재시도할 수 있는 오류 뒤에 프로듀서가 배치를 다시 보내는 횟수로, 기본값은 사실상 무제한입니다. 실제 한도는 delivery.timeout.ms가 정합니다.',
    },
    seeAlso: ['deliveryTimeout', 'idempotence'],
  },
  deliveryTimeout: {
    term: { en: 'delivery.timeout.ms', ko: 'delivery.timeout.ms' },
    definition: {
      en: 'The longest time (120 s by default) from send() to success or failure, covering waiting in a batch, the request and every retry. After it the record fails with a TimeoutException.',
      ko: 'delivery.timeout.ms는 send()부터 성공이나 실패까지 걸릴 수 있는 최대 시간(기본 120초)으로, 배치 대기와 요청, 모든 재시도를 포함합니다. 넘으면 레코드는 TimeoutException으로 실패합니다.',
    },
    seeAlso: ['retries'],
  },
  idempotence: {
    term: {
      en: 'idempotence (producer id, sequence number)',
      ko: '멱등성(idempotence, producer id·sequence number)',
    },
    definition: {
      en: 'With enable.idempotence (on by default in Kafka 4.0; needs acks=all) the producer gets a producer id and numbers its batches per partition with sequence numbers. The leader recognises a retry of a batch it already wrote and does not write it twice.',
      ko: 'enable.idempotence(Kafka 4.0 기본 켜짐, acks=all 필요)를 켜면 프로듀서는 producer id를 받고 파티션마다 배치에 sequence number를 붙입니다. 리더는 이미 기록한 배치의 재시도를 알아보고 두 번 쓰지 않습니다.',
    },
    seeAlso: ['retries', 'inFlight', 'epoch'],
  },
  inFlight: {
    term: { en: 'in-flight requests', ko: 'in-flight 요청' },
    definition: {
      en: 'max.in.flight.requests.per.connection (5 by default): how many produce requests may await an answer from one broker at once. With idempotence order is kept for any value up to 5; without it, retries can reorder records when it is above 1.',
      ko: 'max.in.flight.requests.per.connection(기본 5)은 브로커 하나에 동시에 응답을 기다릴 수 있는 produce 요청 수입니다. 멱등성이 켜져 있으면 5 이하에서 순서가 지켜지고, 꺼져 있으면 1보다 클 때 재시도가 순서를 바꿀 수 있습니다.',
    },
    seeAlso: ['idempotence', 'retries'],
  },
  rodeAlong: {
    term: { en: 'rode along', ko: '함께 전송(rode along)' },
    definition: {
      en: "A batch that left before it was full or its linger.ms ran out, because another partition's batch for the same broker was ready: the sender then puts a batch of every partition that broker leads into the same request.",
      ko: '가득 차지도, linger.ms가 끝나지도 않았는데 떠난 배치입니다. 같은 브로커로 가는 다른 파티션의 배치가 준비되면, sender는 그 브로커가 리더인 모든 파티션의 배치를 한 요청에 함께 담기 때문입니다.',
    },
    seeAlso: ['linger', 'batchSize', 'leader'],
  },
};
