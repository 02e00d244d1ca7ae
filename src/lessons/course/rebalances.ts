/** Rebalances: eager stops the whole group, cooperative moves only what must move; the four assignors. */
import type { Lesson } from '../types';

const G = 'orders-app';

export const rebalances: Lesson = {
  id: 'rebalances',
  title: {
    en: 'Rebalances: eager, cooperative and the four assignors',
    ko: '리밸런스: eager, cooperative, 그리고 네 가지 assignor',
  },
  summary: {
    en: 'When a consumer joins or leaves, the group hands its partitions out again. How much of the group stops depends on the rebalance protocol, and who gets what depends on the assignor.',
    ko: '컨슈머가 들어오거나 나가면 그룹은 파티션을 다시 나눈다. 그룹이 얼마나 멈추는지는 리밸런스 프로토콜이, 누가 무엇을 받는지는 assignor가 정한다.',
  },
  scenario: {
    version: 1,
    name: 'Rebalances lesson',
    seed: 11,
    durationMs: 120000,
    cluster: { brokers: 1, networkDelayMs: 10 },
    topics: [{ name: 'orders', partitions: 6 }],
    producers: [
      {
        id: 'producer-1',
        topic: 'orders',
        config: {},
        workload: { recordsPerSec: 300, valueBytes: 100, keys: { type: 'none' } },
      },
    ],
    consumerGroups: [
      {
        id: G,
        topics: ['orders'],
        members: 3,
        workload: { processingMsPerRecord: 1, pollTimeoutMs: 100 },
      },
    ],
  },
  panels: ['pipeline', 'groups', 'settings'],
  steps: [
    {
      title: { en: 'Three consumers share six partitions', ko: '컨슈머 세 개가 파티션 여섯 개를 나눈다' },
      narration: {
        en: 'Each partition of a topic is read by exactly one member of a [[consumerGroup]]. The members join through the group [[groupCoordinator]]; the [[groupLeader]] runs the [[assignor]] and the coordinator hands out the result. The default partition.assignment.strategy is [range, cooperative-sticky].',
        ko: '토픽의 파티션 하나는 [[consumerGroup|컨슈머 그룹]]의 멤버 딱 하나가 읽는다. 멤버들은 그룹 [[groupCoordinator|코디네이터]]를 통해 들어오고, [[groupLeader|그룹 리더]]가 [[assignor]]를 돌리면 코디네이터가 결과를 나눠 준다. partition.assignment.strategy 기본값은 [range, cooperative-sticky]다.',
      },
      highlight: { slider: 'partition.assignment.strategy' },
      until: { event: 'RebalanceCompleted' },
      result: {
        en: 'Generation 1: Range gave each consumer two neighbouring partitions, 0–1, 2–3 and 4–5. The protocol is EAGER: range is in the list, and range supports only eager.',
        ko: '세대 1: Range가 컨슈머마다 이웃한 파티션 두 개씩(0–1, 2–3, 4–5)을 줬다. 프로토콜은 EAGER다. 목록에 range가 있는데, range는 eager만 지원하기 때문이다.',
      },
    },
    {
      title: { en: 'A fourth consumer joins (eager)', ko: '네 번째 컨슈머가 들어온다 (eager)' },
      narration: {
        en: 'Now a fourth consumer starts. Its JoinGroup starts a [[rebalance]], and the [[generation]] will go up by one. Range will give it partition 5.',
        ko: '이제 네 번째 컨슈머가 시작한다. 이 컨슈머의 JoinGroup이 [[rebalance|리밸런스]]를 시작하고 [[generation|세대]]가 하나 올라간다. Range는 새 컨슈머에게 파티션 5를 줄 것이다.',
      },
      highlight: { panel: 'groups' },
      actions: [{ action: 'addConsumer', group: G }],
      until: { value: `groups[${G}].classic.generation`, op: '>=', than: 2 },
      withinMs: 20000,
      predict: {
        question: {
          en: 'Only partition 5 changes owner. Which partitions stop being consumed during the rebalance?',
          ko: '주인이 바뀌는 파티션은 5번 하나뿐이다. 리밸런스 동안 소비가 멈추는 파티션은 어느 것일까?',
        },
        choices: [
          { en: 'Only partition 5', ko: '파티션 5만' },
          {
            en: 'All six: every member gives up all its partitions first',
            ko: '여섯 개 전부: 모든 멤버가 먼저 자기 파티션을 전부 내려놓는다',
          },
          {
            en: 'None: the rebalance happens in the background',
            ko: '하나도 없다: 리밸런스는 뒤에서 조용히 일어난다',
          },
        ],
        answer: 1,
        explain: {
          en: 'In the [[eagerRebalance]] protocol every member revokes all its partitions before it rejoins, and nobody consumes until the new assignment arrives, even members that get the same partitions back.',
          ko: '[[eagerRebalance]] 프로토콜에서는 모든 멤버가 다시 참여하기 전에 자기 파티션을 전부 반납하고, 새 배정이 올 때까지 아무도 소비하지 않는다. 같은 파티션을 돌려받는 멤버도 마찬가지다.',
        },
        evidence: { event: 'PartitionsRevoked', where: { group: G }, atLeast: 3 },
      },
      result: {
        en: 'Three members revoked all six partitions; after SyncGroup five went back to their old owners and partition 5 went to the newcomer.',
        ko: '멤버 세 개가 파티션 여섯 개를 모두 반납했다. SyncGroup 뒤에 다섯 개는 원래 주인에게 돌아갔고 파티션 5만 새 컨슈머에게 갔다.',
      },
    },
    {
      title: { en: 'Four assignors', ko: '네 가지 assignor' },
      narration: {
        en: 'range deals each topic’s partitions in contiguous blocks, so the first members can get more. roundrobin deals all partitions one by one over the members. sticky balances like round robin but keeps partitions with their previous owners. cooperative-sticky computes the same as sticky but is the only one that allows the [[cooperativeRebalance]] protocol.',
        ko: 'range는 토픽마다 파티션을 연속된 덩어리로 나눠서 앞쪽 멤버가 더 많이 받을 수 있다. roundrobin은 모든 파티션을 멤버에게 하나씩 돌아가며 나눈다. sticky는 round robin처럼 균형을 맞추되 파티션을 이전 주인에게 남겨 둔다. cooperative-sticky는 sticky와 같은 결과를 내지만 [[cooperativeRebalance]] 프로토콜을 쓸 수 있는 유일한 assignor다.',
      },
      highlight: { slider: 'partition.assignment.strategy' },
    },
    {
      title: { en: 'Now you try: a cooperative join', ko: '직접 해 보기: cooperative 방식으로 들어오기' },
      narration: {
        en: 'A group is cooperative only when every member lists only cooperative assignors. Then a member keeps consuming what it owns and gives up only the partitions that must move.',
        ko: '그룹은 모든 멤버가 cooperative assignor만 쓸 때에만 cooperative가 된다. 그러면 멤버는 가진 파티션을 계속 소비하고, 옮겨야 하는 파티션만 내놓는다.',
      },
      highlight: { slider: 'partition.assignment.strategy' },
      goal: {
        task: {
          en: 'Add a fifth consumer so that at most one member gives up anything, and the newcomer ends up with a partition.',
          ko: '다섯 번째 컨슈머를 추가하되, 파티션을 내놓는 멤버가 많아야 하나이고 새 컨슈머가 파티션을 받게 하자.',
        },
        check: {
          all: [
            { event: 'RebalanceCompleted', where: { group: G, protocol: 'COOPERATIVE' }, atLeast: 2 },
            { not: { event: 'PartitionsRevoked', where: { group: G }, atLeast: 2 } },
            { value: `groups[${G}].classic.coordinatorMembers.length`, op: '==', than: 5 },
            { value: `groups[${G}].classic.phase`, op: '==', than: 'Stable' },
            { value: `groups[${G}].classic.pausedPartitions.length`, op: '==', than: 0 },
          ],
        },
        hint: {
          en: 'Set partition.assignment.strategy to cooperative-sticky, then add a consumer in the group panel.',
          ko: 'partition.assignment.strategy를 cooperative-sticky로 바꾼 뒤, 그룹 패널에서 컨슈머를 추가하자.',
        },
        solution: [
          {
            action: 'setConsumerConfig',
            group: G,
            key: 'partition.assignment.strategy',
            value: 'cooperative-sticky',
          },
          { action: 'addConsumer', group: G },
        ],
        controls: ['partition.assignment.strategy'],
      },
    },
    {
      title: { en: 'The two-step dance', ko: '두 단계로 추는 춤' },
      narration: {
        en: 'The group is cooperative now. A sixth consumer joins.',
        ko: '이제 그룹은 cooperative다. 여섯 번째 컨슈머가 들어온다.',
      },
      highlight: { panel: 'groups' },
      actions: [{ action: 'addConsumer', group: G }],
      until: {
        all: [
          { event: 'RebalanceCompleted', where: { group: G } },
          { value: `groups[${G}].classic.coordinatorMembers.length`, op: '==', than: 6 },
          { value: `groups[${G}].classic.phase`, op: '==', than: 'Stable' },
          { value: `groups[${G}].classic.pausedPartitions.length`, op: '==', than: 0 },
        ],
      },
      withinMs: 30000,
      predict: {
        question: {
          en: 'How many rebalances does it take until the newcomer consumes?',
          ko: '새 컨슈머가 소비를 시작할 때까지 리밸런스가 몇 번 일어날까?',
        },
        choices: [
          { en: 'One, as in eager', ko: 'eager처럼 한 번' },
          { en: 'Two', ko: '두 번' },
        ],
        answer: 1,
        explain: {
          en: 'The assignor may not hand an owned partition straight to someone else. In the first rebalance the owner only gives it up; it then asks for another rebalance, and in the second one the newcomer gets it. Only that one partition pauses.',
          ko: 'assignor는 누군가 가진 파티션을 바로 다른 멤버에게 줄 수 없다. 첫 리밸런스에서는 주인이 내놓기만 하고, 다시 리밸런스를 요청한다. 두 번째 리밸런스에서 새 컨슈머가 그 파티션을 받는다. 멈추는 것은 그 파티션 하나뿐이다.',
        },
        evidence: {
          all: [
            { event: 'RebalanceCompleted', where: { group: G }, atLeast: 2 },
            { not: { event: 'PartitionsRevoked', where: { group: G }, atLeast: 2 } },
          ],
        },
      },
      result: {
        en: 'The generation went up by two, one member revoked one partition, and the other partitions were consumed throughout.',
        ko: '세대가 두 번 올라갔고, 멤버 하나가 파티션 하나를 반납했으며, 나머지 파티션은 내내 소비되었다.',
      },
    },
  ],
  recap: {
    en: 'A rebalance follows every join and leave. Eager (range, roundrobin, sticky, or the default list) stops the whole group; cooperative (only cooperative-sticky) keeps consuming and moves only what must move, in two rebalances.',
    ko: '멤버가 들어오고 나갈 때마다 리밸런스가 일어난다. eager(range, roundrobin, sticky, 또는 기본 목록)는 그룹 전체를 멈추고, cooperative(cooperative-sticky만)는 소비를 계속하면서 옮겨야 할 것만 두 번의 리밸런스로 옮긴다.',
  },
};
