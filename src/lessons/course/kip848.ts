/** KIP-848: the consumer protocol — the broker assigns, each member reconciles on its own. */
import type { Lesson } from '../types';

const G = 'orders-app';
const CP = `groups[${G}].consumerProtocol`;

export const kip848: Lesson = {
  id: 'kip848',
  title: {
    en: 'KIP-848: the consumer rebalance protocol',
    ko: 'KIP-848: consumer 리밸런스 프로토콜',
  },
  summary: {
    en: 'Kafka 4.0 made group.protocol=consumer generally available: no JoinGroup, no SyncGroup, no group leader. The broker computes the target assignment and every member moves towards it at its own heartbeat.',
    ko: 'Kafka 4.0에서 group.protocol=consumer가 정식이 됐다: JoinGroup도, SyncGroup도, 그룹 리더도 없다. 브로커가 목표 할당을 계산하고 멤버마다 자기 하트비트에서 그쪽으로 옮겨 간다.',
  },
  scenario: {
    version: 1,
    name: 'KIP-848 lesson',
    seed: 11,
    durationMs: 120000,
    kafkaVersion: '4.0',
    cluster: { brokers: 1, networkDelayMs: 10 },
    topics: [{ name: 'orders', partitions: 6 }],
    producers: [
      {
        id: 'producer-1',
        topic: 'orders',
        config: {},
        workload: { recordsPerSec: 100, valueBytes: 100, keys: { type: 'none' } },
      },
    ],
    consumerGroups: [
      {
        id: G,
        topics: ['orders'],
        members: 3,
        workload: { processingMsPerRecord: 1, pollTimeoutMs: 100 },
        protocol: 'consumer',
        remoteAssignor: 'uniform',
      },
    ],
  },
  panels: ['groups', 'settings'],
  steps: [
    {
      title: { en: 'Three consumers, no group leader', ko: '컨슈머 세 개, 그룹 리더 없음' },
      narration: {
        en: 'Each member sends ConsumerGroupHeartbeat every 5 s. A new member raises the **group epoch**; the coordinator runs the server-side assignor (group.remote.assignor = uniform) and sets the **target assignment epoch**. Each member reaches it at its own pace.',
        ko: '멤버는 5초마다 ConsumerGroupHeartbeat를 보낸다. 새 멤버가 오면 **그룹 에포크**가 오르고, 코디네이터가 서버 쪽 할당기(group.remote.assignor = uniform)를 돌려 **목표 할당 에포크**를 정한다. 멤버는 저마다 자기 속도로 그 목표에 닿는다.',
      },
      highlight: { panel: 'groups' },
      until: {
        all: [
          { value: `${CP}.state`, op: '==', than: 'STABLE' },
          { value: `${CP}.members.length`, op: '==', than: 3 },
        ],
      },
      result: {
        en: 'Group epoch 3, target assignment epoch 3, every member stable at epoch 3 with two partitions.',
        ko: '그룹 에포크 3, 목표 할당 에포크 3, 모든 멤버가 에포크 3에서 파티션 두 개씩 가진 안정 상태.',
      },
    },
    {
      title: { en: 'A fourth consumer joins', ko: '네 번째 컨슈머가 들어온다' },
      narration: {
        en: 'A fourth consumer starts. Its first heartbeat (member epoch 0) raises the group epoch to 4, and uniform keeps every partition where it is except the ones the newcomer needs.',
        ko: '네 번째 컨슈머가 시작한다. 첫 하트비트(멤버 에포크 0)가 그룹 에포크를 4로 올리고, uniform은 새 멤버에게 필요한 것만 빼고 모든 파티션을 제자리에 둔다.',
      },
      highlight: { panel: 'groups' },
      actions: [{ action: 'addConsumer', group: G }],
      until: {
        all: [
          { value: `${CP}.members.length`, op: '==', than: 4 },
          { value: `${CP}.state`, op: '==', than: 'STABLE' },
        ],
      },
      withinMs: 30000,
      predict: {
        question: {
          en: 'Which partitions stop being consumed while the newcomer gets its share?',
          ko: '새 멤버가 제 몫을 받는 동안 소비가 멈추는 파티션은?',
        },
        choices: [
          { en: 'All six, as in an eager rebalance', ko: 'eager 리밸런스처럼 여섯 개 전부' },
          {
            en: 'Only the partition that moves, from its owner’s revocation until the newcomer’s next heartbeat',
            ko: '옮겨지는 파티션만, 주인이 내놓은 때부터 새 멤버의 다음 하트비트까지',
          },
          { en: 'None at all', ko: '하나도 없다' },
        ],
        answer: 1,
        explain: {
          en: 'Only the member that must give a partition up revokes it (state “unrevoked partitions”), acknowledges in its next heartbeat, and only then the newcomer (state “unreleased partitions” until then) receives it. Nobody else stops.',
          ko: '파티션을 내놓아야 하는 멤버만 내놓고(상태 “미반납 파티션”), 다음 하트비트에서 확인한다. 그 뒤에야 새 멤버(그때까지 상태 “미해제 파티션”)가 받는다. 다른 멤버는 멈추지 않는다.',
        },
        evidence: {
          all: [
            { event: 'PartitionsRevoked', where: { group: G }, atLeast: 1 },
            { not: { event: 'PartitionsRevoked', where: { group: G }, atLeast: 2 } },
          ],
        },
      },
      result: {
        en: 'One member revoked one partition; the group epoch and every member epoch went to 4. No JoinGroup, no SyncGroup.',
        ko: '멤버 하나가 파티션 하나를 내놓았고, 그룹 에포크와 모든 멤버 에포크가 4가 됐다. JoinGroup도 SyncGroup도 없었다.',
      },
    },
    {
      title: { en: 'Side by side with the classic protocols', ko: 'classic 프로토콜과 나란히' },
      narration: {
        en: 'Open “Compare rebalance protocols” in the group panel: it runs this scenario again under classic eager, classic cooperative and the consumer protocol, and lists partitions paused, for how long, records read twice and how long each change took to settle.',
        ko: '그룹 패널의 “리밸런스 프로토콜 비교”를 열어 보자. 이 시나리오를 classic eager, classic cooperative, consumer 프로토콜로 다시 실행해서 멈춘 파티션, 멈춘 시간, 두 번 읽힌 레코드, 각 변화가 자리 잡는 데 걸린 시간을 보여 준다.',
      },
      highlight: { panel: 'groups' },
    },
    {
      title: { en: 'Now you try: one more member', ko: '직접 해 보기: 멤버 하나 더' },
      narration: {
        en: 'Add a fifth consumer with the group panel and watch the member epochs in the reconciliation table.',
        ko: '그룹 패널에서 다섯 번째 컨슈머를 추가하고 조정 표의 멤버 에포크를 지켜보자.',
      },
      highlight: { panel: 'groups' },
      goal: {
        task: {
          en: 'Bring the group to five members, stable at group epoch 5, with no partition waiting for an owner.',
          ko: '그룹을 멤버 다섯, 그룹 에포크 5의 안정 상태로 만들고, 주인을 기다리는 파티션이 없게 하자.',
        },
        check: {
          all: [
            { value: `${CP}.members.length`, op: '==', than: 5 },
            { value: `${CP}.groupEpoch`, op: '>=', than: 5 },
            { value: `${CP}.state`, op: '==', than: 'STABLE' },
            { value: `groups[${G}].classic.pausedPartitions.length`, op: '==', than: 0 },
          ],
        },
        hint: {
          en: 'Press “Add consumer” in the group panel, then let it play until every member is stable.',
          ko: '그룹 패널에서 “컨슈머 추가”를 누르고 모든 멤버가 안정될 때까지 재생하자.',
        },
        solution: [{ action: 'addConsumer', group: G }],
      },
    },
  ],
  recap: {
    en: 'Under the consumer protocol the broker assigns, the group epoch counts membership changes, and each member reconciles on its own: only the partitions that move pause, and no group-wide barrier holds anyone up.',
    ko: 'consumer 프로토콜에서는 브로커가 할당하고, 그룹 에포크가 멤버 변화를 세며, 멤버마다 스스로 조정한다. 옮겨지는 파티션만 멈추고, 그룹 전체를 붙잡는 장벽은 없다.',
  },
};
