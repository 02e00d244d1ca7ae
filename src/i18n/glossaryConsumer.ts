/** Glossary: consumers and consumer groups (definitions follow Kafka 4.0 defaults, classic protocol). */
import type { ConsumerTermId, GlossaryEntry } from './glossaryTypes';

export const CONSUMER_TERMS: Record<ConsumerTermId, GlossaryEntry> = {
  consumer: {
    term: { en: 'consumer', ko: '컨슈머(consumer)' },
    definition: {
      en: 'The client that reads records from partitions with fetch requests and keeps track of how far it has read with offsets.',
      ko: '컨슈머(consumer)는 fetch 요청으로 파티션에서 레코드를 읽고, 어디까지 읽었는지 오프셋으로 기억하는 클라이언트입니다.',
    },
    seeAlso: ['consumerGroup', 'poll', 'fetch'],
  },
  fetch: {
    term: { en: 'fetch (long poll)', ko: 'fetch(롱 폴)' },
    definition: {
      en: 'A request to a broker for new records. The broker answers once fetch.min.bytes (1 byte) can be returned or fetch.max.wait.ms (500 ms) has passed — a long poll, so an idle consumer does not spin. Only records below the high watermark are returned.',
      ko: 'fetch는 브로커에 새 레코드를 달라는 요청입니다. 브로커는 fetch.min.bytes(1바이트)를 돌려줄 수 있거나 fetch.max.wait.ms(500 ms)가 지나면 답하므로(롱 폴) 할 일 없는 컨슈머가 헛돌지 않습니다. 하이 워터마크 아래 레코드만 돌려줍니다.',
    },
    seeAlso: ['poll', 'hw'],
  },
  poll: {
    term: { en: 'poll()', ko: 'poll()' },
    definition: {
      en: "The call in the application's loop that hands over records already fetched — at most max.poll.records (500) per call. It moves the consumer's position forward.",
      ko: 'poll()은 애플리케이션 루프에서 이미 가져온(fetch) 레코드를 넘겨주는 호출로, 한 번에 최대 max.poll.records(500)개를 돌려줍니다. 호출할 때마다 컨슈머의 position이 앞으로 갑니다.',
    },
    seeAlso: ['fetch', 'position', 'maxPollInterval'],
  },
  consumerGroup: {
    term: { en: 'consumer group', ko: '컨슈머 그룹(consumer group)' },
    definition: {
      en: "Consumers with the same group.id that share a topic's partitions: each partition is read by one member. Each group keeps its own committed offsets.",
      ko: '같은 group.id를 쓰며 토픽의 파티션을 나눠 읽는 컨슈머들입니다. 파티션 하나는 멤버 하나가 읽고, 그룹마다 커밋된 오프셋을 따로 가집니다.',
    },
    seeAlso: ['groupCoordinator', 'rebalance', 'commit'],
  },
  groupCoordinator: {
    term: { en: 'group coordinator', ko: '그룹 코디네이터(group coordinator)' },
    definition: {
      en: "The broker that manages a group: its members, heartbeats, rebalances and committed offsets. It is the leader of the group's partition of the internal __consumer_offsets topic.",
      ko: '그룹을 관리하는 브로커로, 멤버와 하트비트, 리밸런스, 커밋된 오프셋을 맡습니다. 내부 토픽 __consumer_offsets에서 그 그룹이 속한 파티션의 리더가 코디네이터입니다.',
    },
    seeAlso: ['consumerGroup', 'groupLeader'],
  },
  groupLeader: {
    term: { en: 'group leader', ko: '그룹 리더(group leader)' },
    definition: {
      en: 'The member (in the classic protocol, the first to join) that runs the assignor and sends the assignment to the coordinator. It is a consumer, not a broker, and has nothing to do with a partition leader.',
      ko: 'assignor를 돌려 파티션 할당을 만들고 코디네이터에 보내는 멤버입니다(클래식 프로토콜에서는 처음 참여한 멤버). 브로커가 아니라 컨슈머이며, 파티션의 리더와는 관계없습니다.',
    },
    seeAlso: ['assignor', 'groupCoordinator', 'leader'],
  },
  generation: {
    term: { en: 'generation', ko: '세대(generation)' },
    definition: {
      en: 'A number the coordinator increases with every rebalance. Requests from an old generation, such as a commit by a member that was kicked out, are rejected.',
      ko: '세대(generation)는 코디네이터가 리밸런스마다 올리는 번호입니다. 쫓겨난 멤버의 커밋처럼 옛 세대로 보낸 요청은 거부됩니다.',
    },
    seeAlso: ['rebalance'],
  },
  rebalance: {
    term: { en: 'rebalance', ko: '리밸런스(rebalance)' },
    definition: {
      en: "Dividing a group's partitions among its members again, when a member joins, leaves or times out, or the partitions change.",
      ko: '멤버가 들어오거나, 나가거나, 시간 초과되거나, 파티션이 바뀔 때 그룹의 파티션을 멤버들에게 다시 나누는 과정입니다.',
    },
    seeAlso: ['eagerRebalance', 'cooperativeRebalance', 'generation'],
  },
  eagerRebalance: {
    term: { en: 'eager rebalance', ko: 'eager 리밸런스' },
    definition: {
      en: 'The classic way, used by the default range assignor: every member gives up all its partitions before the new assignment, so the whole group stops consuming for a moment.',
      ko: '기본 range assignor가 쓰는 고전 방식입니다. 새 할당 전에 모든 멤버가 파티션을 전부 내려놓으므로 그룹 전체가 잠시 읽기를 멈춥니다.',
    },
    seeAlso: ['cooperativeRebalance', 'assignor'],
  },
  cooperativeRebalance: {
    term: { en: 'cooperative rebalance', ko: 'cooperative 리밸런스' },
    definition: {
      en: 'Incremental rebalancing (cooperative-sticky assignor): members keep consuming the partitions they keep and give up only those that move; the moved partitions reach their new owner in a second rebalance.',
      ko: '점진적 리밸런스(cooperative-sticky assignor)입니다. 멤버는 유지하는 파티션을 계속 읽고 옮겨 갈 파티션만 내놓으며, 그 파티션은 두 번째 리밸런스에서 새 주인에게 갑니다.',
    },
    seeAlso: ['eagerRebalance', 'assignor'],
  },
  assignor: {
    term: { en: 'assignor', ko: 'assignor' },
    definition: {
      en: 'The algorithm that decides which member gets which partitions (partition.assignment.strategy): range (what the default list uses in practice), roundrobin, sticky or cooperative-sticky.',
      ko: 'assignor는 어느 멤버가 어느 파티션을 받을지 정하는 알고리즘입니다(partition.assignment.strategy): range(기본 설정에서 실제로 쓰이는 것), roundrobin, sticky, cooperative-sticky.',
    },
    seeAlso: ['groupLeader', 'eagerRebalance', 'cooperativeRebalance'],
  },
  heartbeat: {
    term: { en: 'heartbeat', ko: '하트비트(heartbeat)' },
    definition: {
      en: 'A small "I\'m alive" message a consumer\'s background thread sends to the coordinator every heartbeat.interval.ms (3 s). Its answer also tells the member that a rebalance has started.',
      ko: '컨슈머의 백그라운드 스레드가 heartbeat.interval.ms(3초)마다 코디네이터에 보내는 "살아 있음" 메시지입니다. 리밸런스가 시작되면 그 응답으로 알게 됩니다.',
    },
    seeAlso: ['sessionTimeout'],
  },
  sessionTimeout: {
    term: { en: 'session.timeout.ms', ko: 'session.timeout.ms' },
    definition: {
      en: "If the coordinator hears no heartbeat from a member for this long (45 s by default), it removes the member and rebalances. A crashed consumer's partitions are not read until then.",
      ko: '코디네이터가 이 시간(기본 45초) 동안 멤버의 하트비트를 받지 못하면 멤버를 빼고 리밸런스합니다. 죽은 컨슈머의 파티션은 그때까지 아무도 읽지 않습니다.',
    },
    seeAlso: ['heartbeat', 'staticMembership'],
  },
  maxPollInterval: {
    term: { en: 'max.poll.interval.ms', ko: 'max.poll.interval.ms' },
    definition: {
      en: 'The longest the application may take between two poll() calls (5 min by default). If processing takes longer, the consumer leaves the group and its partitions go to other members.',
      ko: 'poll() 호출 사이에 허용되는 최대 간격(기본 5분)입니다. 처리가 더 오래 걸리면 컨슈머는 그룹을 떠나고 파티션은 다른 멤버에게 넘어갑니다.',
    },
    seeAlso: ['poll', 'rebalance'],
  },
  commit: {
    term: { en: 'commit (committed offset)', ko: '커밋(committed offset)' },
    definition: {
      en: "Saving a group's progress at the coordinator. The committed offset is the next record to read (last processed + 1); after a restart or a rebalance, reading resumes there.",
      ko: '그룹의 진행 상황을 코디네이터에 저장하는 것입니다. 커밋된 오프셋은 다음에 읽을 레코드(마지막 처리 + 1)이며, 재시작이나 리밸런스 뒤에는 거기서부터 다시 읽습니다.',
    },
    seeAlso: ['autoCommit', 'position', 'lag'],
  },
  autoCommit: {
    term: { en: 'auto commit', ko: '자동 커밋(auto commit)' },
    definition: {
      en: 'With enable.auto.commit (on by default), poll() commits the positions from earlier polls once auto.commit.interval.ms (5 s) has passed. After a crash, records since the last commit are read again (at-least-once).',
      ko: 'enable.auto.commit(기본 켜짐)이면 poll()이 auto.commit.interval.ms(5초)가 지날 때마다 이전 poll까지의 position을 커밋합니다. 죽으면 마지막 커밋 이후 레코드를 다시 읽습니다(at-least-once).',
    },
    seeAlso: ['commit', 'poll'],
  },
  autoOffsetReset: {
    term: { en: 'auto.offset.reset', ko: 'auto.offset.reset' },
    definition: {
      en: 'Where to start when the group has no committed offset (or it is out of range): latest (the default) = only new records, earliest = from the oldest record kept, none = throw an error.',
      ko: '그룹에 커밋된 오프셋이 없을 때(또는 범위를 벗어났을 때) 어디서 시작할지 정합니다: latest(기본) = 새 레코드만, earliest = 남아 있는 가장 오래된 레코드부터, none = 오류.',
    },
    seeAlso: ['commit', 'offsetsRetention'],
  },
  lag: {
    term: { en: 'lag', ko: '랙(lag)' },
    definition: {
      en: 'How far a group is behind on a partition, as kafka-consumer-groups --describe computes it: log end offset (the high watermark) − committed offset. Records already read still count until they are committed.',
      ko: 'kafka-consumer-groups --describe가 계산하는, 그룹이 파티션에서 뒤처진 정도입니다: 로그 끝 오프셋(하이 워터마크) − 커밋된 오프셋. 이미 읽은 레코드도 커밋되기 전까지는 랙에 들어갑니다.',
    },
    seeAlso: ['recordsLag', 'commit'],
  },
  recordsLag: {
    term: { en: 'records-lag', ko: 'records-lag' },
    definition: {
      en: "The consumer's own metric: high watermark − position. It counts only records poll() has not returned yet, so it is usually smaller than lag, which counts from the committed offset.",
      ko: '컨슈머 자신의 지표로, 하이 워터마크 − position입니다. poll()이 아직 돌려주지 않은 레코드만 세므로, 커밋된 오프셋부터 세는 랙(lag)보다 보통 작습니다.',
    },
    seeAlso: ['lag', 'position'],
  },
  position: {
    term: { en: 'position', ko: 'position' },
    definition: {
      en: "The offset of the next record poll() will return from a partition, kept in the consumer's memory. It moves with every poll(); the committed offset stays behind it until the next commit.",
      ko: 'position은 poll()이 그 파티션에서 다음에 돌려줄 레코드의 오프셋으로, 컨슈머 메모리에만 있습니다. poll()마다 앞으로 가고, 커밋된 오프셋은 다음 커밋까지 그 뒤에 머뭅니다.',
    },
    seeAlso: ['commit', 'recordsLag'],
  },
  offsetsRetention: {
    term: { en: 'offsets.retention.minutes', ko: 'offsets.retention.minutes' },
    definition: {
      en: 'How long committed offsets are kept after the group becomes empty: 10080 minutes (7 days) by default. A group that returns later starts over from auto.offset.reset.',
      ko: '그룹이 빈 뒤 커밋된 오프셋을 보관하는 기간으로, 기본 10080분(7일)입니다. 그 뒤에 돌아온 그룹은 auto.offset.reset에 따라 다시 시작합니다.',
    },
    seeAlso: ['commit', 'autoOffsetReset'],
  },
  staticMembership: {
    term: { en: 'static membership', ko: '정적 멤버십(static membership)' },
    definition: {
      en: 'Giving a consumer a fixed group.instance.id. It sends no LeaveGroup when it closes, and if it restarts within session.timeout.ms it gets its old partitions back without a rebalance.',
      ko: '컨슈머에 고정된 group.instance.id를 주는 것입니다. 닫을 때 LeaveGroup을 보내지 않고, session.timeout.ms 안에 재시작하면 리밸런스 없이 예전 파티션을 돌려받습니다.',
    },
    seeAlso: ['sessionTimeout', 'rebalance'],
  },
};
