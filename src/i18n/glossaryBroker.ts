/** Glossary: brokers and replication (definitions follow Kafka 4.0 defaults). */
import type { BrokerTermId, GlossaryEntry } from './glossaryTypes';

export const BROKER_TERMS: Record<BrokerTermId, GlossaryEntry> = {
  broker: {
    term: { en: 'broker', ko: '브로커(broker)' },
    definition: {
      en: 'A Kafka server. It stores partition replicas on disk and answers produce and fetch requests; several brokers form a cluster.',
      ko: '브로커(broker)는 Kafka 서버 하나입니다. 파티션 레플리카를 디스크에 저장하고 produce·fetch 요청에 답하며, 여러 브로커가 모여 클러스터를 이룹니다.',
    },
    seeAlso: ['replica', 'leader'],
  },
  leader: {
    term: { en: 'leader', ko: '리더(leader)' },
    definition: {
      en: 'The replica of a partition that takes all writes (and, by default, all reads). The other replicas copy from it.',
      ko: '리더(leader)는 파티션의 모든 쓰기(기본으로는 읽기도)를 받는 레플리카입니다. 다른 레플리카는 리더에게서 복사해 갑니다.',
    },
    seeAlso: ['follower', 'isr', 'groupLeader'],
  },
  follower: {
    term: { en: 'follower', ko: '팔로워(follower)' },
    definition: {
      en: 'A replica that is not the leader: it keeps fetching new records from the leader to stay an up-to-date copy. If the leader fails, a follower in the ISR can take over.',
      ko: '팔로워(follower)는 리더가 아닌 레플리카로, 리더에게서 새 레코드를 계속 가져와(fetch) 최신 복사본을 유지합니다. 리더가 죽으면 ISR에 있는 팔로워가 이어받을 수 있습니다.',
    },
    seeAlso: ['leader', 'isr'],
  },
  replica: {
    term: { en: 'replica', ko: '레플리카(replica)' },
    definition: {
      en: 'One copy of a partition, on one broker. A partition has one leader replica and the rest are followers.',
      ko: '레플리카(replica)는 브로커 하나에 있는 파티션의 복사본입니다. 파티션마다 리더 레플리카가 하나 있고 나머지는 팔로워입니다.',
    },
    seeAlso: ['replicationFactor', 'leader', 'follower'],
  },
  replicationFactor: {
    term: { en: 'replication factor', ko: '복제 계수(replication factor)' },
    definition: {
      en: 'How many replicas each partition of a topic has, each on a different broker (3 = one leader and two followers). More replicas let the data survive more broker failures.',
      ko: '복제 계수(replication factor)는 토픽의 파티션마다 서로 다른 브로커에 두는 레플리카 수입니다(3 = 리더 하나, 팔로워 둘). 클수록 브로커가 더 많이 죽어도 데이터가 살아남습니다.',
    },
    seeAlso: ['replica', 'minIsr'],
  },
  isr: {
    term: { en: 'ISR (in-sync replicas)', ko: 'ISR(In-Sync Replicas)' },
    definition: {
      en: 'The in-sync replicas: the leader plus the followers that have caught up with it. A follower that has not caught up for replica.lag.time.max.ms (30 s) is dropped; acks=all waits for every ISR member.',
      ko: 'ISR(In-Sync Replicas)은 리더와, 리더를 따라잡은 팔로워들입니다. replica.lag.time.max.ms(30초) 동안 따라잡지 못한 팔로워는 빠지며, acks=all은 ISR 전원을 기다립니다.',
    },
    seeAlso: ['minIsr', 'hw', 'acks'],
  },
  minIsr: {
    term: { en: 'min.insync.replicas', ko: 'min.insync.replicas' },
    definition: {
      en: 'The smallest ISR (1 by default) with which the leader still accepts acks=all writes; below it they fail with NotEnoughReplicasException. Since Kafka 3.7 the high watermark also stops moving below it.',
      ko: 'min.insync.replicas(기본 1)는 리더가 acks=all 쓰기를 받아 주는 최소 ISR 크기입니다. 그보다 작으면 NotEnoughReplicasException으로 실패하고, Kafka 3.7부터는 하이 워터마크도 멈춥니다.',
    },
    seeAlso: ['isr', 'acks', 'hw'],
  },
  hw: {
    term: { en: 'HW (high watermark)', ko: 'HW(하이 워터마크)' },
    definition: {
      en: 'The first offset not yet known to be on every ISR member. Records below it are committed and consumers can read them; records above it are not visible yet.',
      ko: 'HW(high watermark, 하이 워터마크)는 모든 ISR 멤버에 있다고 아직 확인되지 않은 첫 오프셋입니다. 그 아래 레코드는 커밋되어 컨슈머가 읽을 수 있고, 그 위는 아직 보이지 않습니다.',
    },
    seeAlso: ['leo', 'isr'],
  },
  leo: {
    term: { en: 'LEO (log end offset)', ko: 'LEO(로그 끝 오프셋)' },
    definition: {
      en: 'The offset the next record written to a replica will get (one past its last record). Each replica has its own LEO; the high watermark is never above the smallest LEO in the ISR.',
      ko: 'LEO(log end offset, 로그 끝 오프셋)는 레플리카에 다음으로 쓰일 레코드가 받을 오프셋(마지막 레코드 + 1)입니다. 레플리카마다 LEO가 있고, 하이 워터마크는 ISR의 가장 작은 LEO를 넘지 않습니다.',
    },
    seeAlso: ['hw'],
  },
  uncleanElection: {
    term: { en: 'unclean leader election', ko: '언클린 리더 선출(unclean leader election)' },
    definition: {
      en: 'Letting a replica outside the ISR become leader when no ISR member is alive (unclean.leader.election.enable, false by default). The partition comes back sooner, but committed records the new leader lacks are lost.',
      ko: '살아 있는 ISR 멤버가 없을 때 ISR 밖의 레플리카를 리더로 세우는 것입니다(unclean.leader.election.enable, 기본 false). 파티션은 빨리 돌아오지만, 새 리더에 없는 커밋된 레코드는 사라집니다.',
    },
    seeAlso: ['isr', 'leader'],
  },
  epoch: {
    term: { en: 'epoch (leader epoch, producer epoch)', ko: 'epoch(리더 에포크, 프로듀서 에포크)' },
    definition: {
      en: 'Two different counters. The leader epoch goes up each time a partition gets a new leader, so a returning replica knows where to cut its log; the producer epoch belongs to a producer id, goes up when that producer restarts its sequence numbers, and the broker rejects batches from an older one.',
      ko: '서로 다른 두 카운터입니다. 리더 에포크(leader epoch)는 파티션의 리더가 바뀔 때마다 올라가 돌아온 레플리카가 로그를 어디서 자를지 알려 주고, 프로듀서 에포크(producer epoch)는 producer id에 붙어 sequence number를 새로 시작할 때 올라가며 브로커는 옛 에포크의 배치를 거부합니다.',
    },
    seeAlso: ['leader', 'idempotence'],
  },
};
