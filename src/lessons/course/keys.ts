/** Keyed partitioning: murmur2 of the key bytes picks the partition, which gives per-key order and can give skew. */
import type { Lesson } from '../types';

const P = 'producer-1';

export const keys: Lesson = {
  id: 'keys',
  title: {
    en: 'Keys: the same key always goes to the same partition',
    ko: '키: 같은 키는 언제나 같은 파티션으로',
  },
  summary: {
    en: 'How the producer turns a key into a partition with murmur2, why that keeps each key’s records in order, and how a few keys or one hot key overload one partition.',
    ko: '프로듀서가 murmur2로 키를 파티션으로 바꾸는 방법, 그것이 키별 순서를 지켜 주는 이유, 그리고 키가 적거나 한 키에 몰리면 파티션 하나가 과부하되는 이유.',
  },
  scenario: {
    version: 1,
    name: 'Keys lesson',
    seed: 3,
    durationMs: 60000,
    cluster: { brokers: 1, networkDelayMs: 10 },
    topics: [{ name: 'orders', partitions: 3 }],
    producers: [
      {
        id: P,
        topic: 'orders',
        config: {},
        workload: {
          recordsPerSec: 150,
          valueBytes: 120,
          keys: { type: 'list', values: ['user-1', 'user-2', 'user-3'] },
        },
      },
    ],
    consumerGroups: [{ id: 'orders-app', topics: ['orders'], members: 3 }],
  },
  panels: ['pipeline', 'producer', 'groups'],
  steps: [
    {
      title: { en: 'A key picks the partition', ko: '키가 파티션을 고른다' },
      narration: {
        en: 'When a record has a [[key]], the producer hashes the key’s serialized bytes with [[murmur2]] and takes the result modulo the number of partitions: partition = toPositive(murmur2(keyBytes)) % 3. The application sends records for three users: user-1, user-2 and user-3.',
        ko: '레코드에 [[key|키]]가 있으면 프로듀서는 직렬화된 키 바이트를 [[murmur2]]로 해시하고 파티션 수로 나눈 나머지를 쓴다: partition = toPositive(murmur2(keyBytes)) % 3. 애플리케이션은 user-1, user-2, user-3 세 사용자의 레코드를 보낸다.',
      },
      highlight: { panel: 'pipeline' },
      until: { change: 'partitions[orders/2].logEndOffset', op: '>=', than: 300 },
      predict: {
        question: {
          en: 'Three keys, three partitions. Where do the records go?',
          ko: '키 세 개, 파티션 세 개. 레코드는 어디로 갈까?',
        },
        choices: [
          { en: 'One key per partition', ko: '파티션마다 키 하나씩' },
          { en: 'All three keys land on the same partition', ko: '세 키가 모두 같은 파티션으로 간다' },
          {
            en: 'Each record goes to the next partition in turn',
            ko: '레코드마다 다음 파티션으로 차례로 간다',
          },
        ],
        answer: 1,
        explain: {
          en: 'A hash does not deal keys out evenly: murmur2 of user-1, user-2 and user-3 all give partition 2 of 3. With few keys, collisions like this are common.',
          ko: '해시는 키를 골고루 나눠 주지 않는다. user-1, user-2, user-3의 murmur2는 3개 중 모두 파티션 2를 준다. 키가 적으면 이런 충돌은 흔하다.',
        },
        evidence: {
          all: [
            { change: 'partitions[orders/2].logEndOffset', op: '>=', than: 300 },
            { value: 'partitions[orders/0].logEndOffset', op: '==', than: 0 },
            { value: 'partitions[orders/1].logEndOffset', op: '==', than: 0 },
          ],
        },
      },
      result: {
        en: 'Partition 2 gets everything; partitions 0 and 1 stay empty, so the consumers that will own them get nothing to do.',
        ko: '파티션 2가 전부 받고, 파티션 0과 1은 비어 있다. 그래서 그 파티션을 맡게 될 컨슈머들은 할 일이 없다.',
      },
    },
    {
      title: { en: 'Why keys: order per key', ko: '키를 쓰는 이유: 키별 순서' },
      narration: {
        en: 'Same key, same partition, every time (as long as the partition count does not change). A partition is an ordered log read in [[offset]] order, so one consumer sees all of user-1’s records in the order they were sent. Kafka promises order only within a partition, so this is how you get order per customer, per account or per device.',
        ko: '같은 키는 매번 같은 파티션으로 간다(파티션 수가 바뀌지 않는 한). 파티션은 [[offset|오프셋]] 순서로 읽는 순서 있는 로그이므로, 한 컨슈머가 user-1의 레코드를 보낸 순서대로 모두 본다. Kafka는 파티션 안에서만 순서를 보장하므로, 고객별·계좌별·기기별 순서는 이렇게 얻는다.',
      },
      highlight: { partition: 2 },
      until: {
        all: [{ elapsedMs: 3000 }, { value: 'groups[orders-app].stats.consumed', op: '>', than: 100 }],
      },
      result: {
        en: 'The price: with only three keys, all of them on one partition, one consumer does all the work while two wait. Adding partitions later also changes where keys go (user-1 moves from partition 2 of 3 to partition 0 of 4), so order across that change is lost.',
        ko: '대가도 있다. 키가 셋뿐이고 모두 한 파티션에 있으니, 컨슈머 하나가 모든 일을 하고 둘은 논다. 나중에 파티션을 늘리면 키의 위치도 바뀌어(user-1은 3개 중 파티션 2에서 4개 중 파티션 0으로) 그 변경을 사이에 둔 순서는 깨진다.',
      },
    },
    {
      title: { en: 'Now you try: use all partitions', ko: '직접 해 보기: 모든 파티션 쓰기' },
      narration: {
        en: 'A good key has many distinct values, so the hash spreads them over all partitions while each key still keeps its own order.',
        ko: '좋은 키는 서로 다른 값이 많아서, 각 키의 순서는 지키면서도 해시가 모든 파티션에 골고루 퍼뜨린다.',
      },
      highlight: { panel: 'producer' },
      goal: {
        task: {
          en: 'Change the record keys so that partitions 0 and 1 receive records too.',
          ko: '레코드 키를 바꿔서 파티션 0과 1도 레코드를 받게 하자.',
        },
        check: {
          all: [
            { change: 'partitions[orders/0].logEndOffset', op: '>', than: 30 },
            { change: 'partitions[orders/1].logEndOffset', op: '>', than: 30 },
          ],
        },
        hint: {
          en: 'Use many keys: a sequence user-0 … user-999 (1,000 users) spreads almost evenly.',
          ko: '키를 많이 쓰자: user-0 … user-999 같은 시퀀스(사용자 1,000명)면 거의 고르게 퍼진다.',
        },
        solution: [
          { action: 'setWorkload', producer: P, keys: { type: 'sequence', prefix: 'user-', count: 1000 } },
        ],
        controls: ['keys'],
      },
    },
    {
      title: { en: 'A hot key', ko: '핫 키' },
      narration: {
        en: 'Many keys are not enough if one of them is far busier than the rest. Now 80% of the records belong to one big customer, user-1, and the other 20% to 1,000 ordinary users.',
        ko: '키가 많아도 그중 하나가 유난히 바쁘면 소용없다. 이제 레코드의 80%는 큰 고객 한 명(user-1)의 것이고, 나머지 20%는 일반 사용자 1,000명의 것이다.',
      },
      highlight: { partition: 2 },
      actions: [
        {
          action: 'setWorkload',
          producer: P,
          keys: { type: 'hot', hotKey: 'user-1', sharePercent: 80, prefix: 'user-', count: 1000 },
        },
      ],
      until: { elapsedMs: 4000 },
      predict: {
        question: {
          en: 'How will the 600 records of the next 4 seconds spread?',
          ko: '다음 4초 동안의 레코드 600개는 어떻게 나뉠까?',
        },
        choices: [
          {
            en: 'Evenly: 1,001 keys are plenty',
            ko: '고르게: 키가 1,001개면 충분하다',
          },
          {
            en: 'Most of them on user-1’s partition, 2',
            ko: '대부분 user-1의 파티션인 2로',
          },
        ],
        answer: 1,
        explain: {
          en: 'Every user-1 record must go to partition 2 (that is the per-key guarantee), so that partition gets 80% plus its share of the rest: a [[hotKey]]. The fix lives in the application: if per-user order is not needed, use a finer key (user-1 plus an order id).',
          ko: 'user-1의 레코드는 모두 파티션 2로 가야 하므로(그것이 키별 보장이다), 그 파티션은 80%에 나머지 몫까지 받는다. 이것이 [[hotKey|핫 키]]다. 해결은 애플리케이션 쪽에 있다. 사용자별 순서가 필요 없다면 더 잘게 나눈 키(user-1 + 주문 ID)를 쓴다.',
        },
        evidence: {
          all: [
            { change: 'partitions[orders/2].logEndOffset', op: '>', than: 400 },
            { change: 'partitions[orders/0].logEndOffset', op: '<', than: 100 },
            { change: 'partitions[orders/1].logEndOffset', op: '<', than: 100 },
          ],
        },
      },
      result: {
        en: 'Partition 2 takes almost nine records in ten: its consumer does most of the group’s work, however many consumers you add.',
        ko: '파티션 2가 레코드 열 개 중 거의 아홉 개를 받는다. 컨슈머를 몇 개 더하든 그 파티션의 컨슈머가 그룹 일의 대부분을 한다.',
      },
    },
  ],
  recap: {
    en: 'A keyed record goes to toPositive(murmur2(key bytes)) % partitions: the same key always lands on the same partition, which keeps each key’s records in order. Few keys can collide on one partition, and one hot key overloads its partition and its consumer.',
    ko: '키가 있는 레코드는 toPositive(murmur2(키 바이트)) % 파티션 수로 간다. 같은 키는 언제나 같은 파티션에 가고, 그래서 키별 순서가 지켜진다. 키가 적으면 한 파티션에 겹칠 수 있고, 핫 키 하나는 그 파티션과 컨슈머를 과부하시킨다.',
  },
};
