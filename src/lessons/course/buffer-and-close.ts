/** The producer's buffer (buffer.memory, max.block.ms) and how flush(), close(), close(0) and kill -9 differ. */
import type { Lesson } from '../types';

const P = 'producer-1';
const P2 = 'producer-2';
const P3 = 'producer-3';

const producer = (id: string, config: Record<string, number>, recordsPerSec: number) => ({
  id,
  topic: 'payments',
  config,
  workload: {
    recordsPerSec,
    valueBytes: 100,
    keys: { type: 'sequence', prefix: 'account-', count: 50 },
  },
});

export const bufferAndClose: Lesson = {
  id: 'buffer-and-close',
  title: {
    en: 'The buffer, flush() and close()',
    ko: '버퍼, flush(), close()',
  },
  summary: {
    en: 'What happens when the producer’s buffer is full, and which ways of stopping a producer lose the records still in it.',
    ko: '프로듀서 버퍼가 가득 차면 무슨 일이 생기는지, 그리고 프로듀서를 멈추는 방법 중 어떤 것이 버퍼의 레코드를 잃는지.',
  },
  scenario: {
    version: 1,
    name: 'Buffer and close lesson',
    seed: 8,
    durationMs: 120000,
    cluster: { brokers: 1, networkDelayMs: 10 },
    topics: [{ name: 'payments', partitions: 3 }],
    producers: [
      producer(P, { 'buffer.memory': 262144, 'max.block.ms': 5000 }, 500),
      producer(P2, { 'linger.ms': 10000 }, 20),
      producer(P3, { 'linger.ms': 10000 }, 20),
    ],
    consumerGroups: [],
  },
  panels: ['pipeline', 'producer', 'metrics'],
  steps: [
    {
      title: { en: 'The buffer fills up', ko: '버퍼가 가득 찬다' },
      narration: {
        en: 'Every record waits in the producer’s memory until the broker acknowledges it. The total is capped by [[bufferMemory|buffer.memory]]: 32 MiB by default, here only 256 KiB for producer-1, which sends 500 records per second. This step crashes the only broker, so nothing can leave.',
        ko: '레코드는 브로커가 응답할 때까지 프로듀서 메모리에 머문다. 그 총량의 상한이 [[bufferMemory|buffer.memory]]다. 기본값은 32MiB인데, 초당 500개를 보내는 producer-1은 여기서 256KiB뿐이다. 이 단계에서 하나뿐인 브로커를 죽이므로 아무것도 나갈 수 없다.',
      },
      highlight: { slider: 'buffer.memory' },
      actions: [{ action: 'crashBroker', broker: 0 }],
      until: { event: 'SendBlocked', where: { producer: P } },
      predict: {
        question: {
          en: 'When the 256 KiB are used up, what does the next send() do?',
          ko: '256KiB가 다 차면 다음 send()는 어떻게 될까?',
        },
        choices: [
          {
            en: 'It drops the record silently',
            ko: '레코드를 조용히 버린다',
          },
          {
            en: 'It blocks the application thread, waiting for memory',
            ko: '메모리가 생길 때까지 애플리케이션 스레드를 멈춰 세운다',
          },
          {
            en: 'It evicts the oldest buffered records to make room',
            ko: '가장 오래된 레코드를 지워서 자리를 만든다',
          },
        ],
        answer: 1,
        explain: {
          en: 'send() waits inside the call for a batch’s worth of memory to be freed, for at most max.block.ms. The producer never throws away records to make room.',
          ko: 'send()는 배치 하나만큼의 메모리가 풀릴 때까지 호출 안에서 기다린다. 최대 max.block.ms 동안이다. 프로듀서는 자리를 만들려고 레코드를 버리지 않는다.',
        },
        evidence: {
          all: [
            { event: 'SendBlocked', where: { producer: P } },
            { value: `producers[${P}].blocked`, op: '==', than: true },
          ],
        },
      },
      result: {
        en: 'producer-1 is blocked: its application thread is stuck inside send().',
        ko: 'producer-1이 블록되었다. 애플리케이션 스레드가 send() 안에 묶여 있다.',
      },
    },
    {
      title: { en: 'max.block.ms runs out', ko: 'max.block.ms가 다 되면' },
      narration: {
        en: 'max.block.ms is 60 seconds by default; here it is 5 seconds. While send() blocks, the application produces nothing else.',
        ko: 'max.block.ms의 기본값은 60초이고 여기서는 5초다. send()가 블록된 동안 애플리케이션은 다른 레코드를 하나도 만들지 못한다.',
      },
      highlight: { slider: 'max.block.ms' },
      until: { event: 'SendFailed', where: { producer: P, error: 'BufferExhaustedException' } },
      result: {
        en: 'After 5 s the record failed with BufferExhaustedException (“Failed to allocate 16384 bytes within the configured max blocking time”), and the next send() blocks again.',
        ko: '5초 뒤 그 레코드는 BufferExhaustedException("Failed to allocate 16384 bytes within the configured max blocking time")으로 실패했고, 다음 send()가 다시 블록된다.',
      },
    },
    {
      title: { en: 'Now you try: ride out the outage', ko: '직접 해 보기: 장애를 버텨 내기' },
      narration: {
        en: 'The buffer is how long a producer can keep accepting records while brokers cannot take them. In a real application buffer.memory is fixed when the producer is created; here you can change it live.',
        ko: '버퍼는 브로커가 데이터를 받지 못하는 동안 프로듀서가 레코드를 계속 받아 둘 수 있는 여유다. 실제 애플리케이션에서 buffer.memory는 프로듀서를 만들 때 정해지지만, 여기서는 실행 중에 바꿔 볼 수 있다.',
      },
      highlight: { slider: 'buffer.memory' },
      goal: {
        task: {
          en: 'With the broker still down, make send() stop blocking for at least 5 seconds.',
          ko: '브로커가 죽어 있는 채로, send()가 최소 5초 동안 블록되지 않게 하자.',
        },
        check: {
          all: [
            { elapsedMs: 5000 },
            { not: { event: 'SendBlocked', where: { producer: P } } },
            { value: `producers[${P}].blocked`, op: '==', than: false },
          ],
        },
        hint: {
          en: 'A longer max.block.ms only blocks longer. Give the records room: set buffer.memory back to Kafka’s default, 33,554,432 bytes.',
          ko: 'max.block.ms를 늘리면 더 오래 블록될 뿐이다. 레코드에 자리를 주자: buffer.memory를 Kafka 기본값 33,554,432바이트로 되돌려 보자.',
        },
        solution: [{ action: 'setProducerConfig', producer: P, key: 'buffer.memory', value: 33554432 }],
        controls: ['buffer.memory', 'max.block.ms'],
      },
    },
    {
      title: { en: 'Records waiting in batches', ko: '배치에서 기다리는 레코드' },
      narration: {
        en: 'The broker is back and the buffer drains. Now producer-1 slows to 20 records per second with [[linger|linger.ms]] = 10 s, so its records sit in the accumulator for a long time, like producer-2 and producer-3.',
        ko: '브로커가 돌아와 버퍼가 비워진다. 이제 producer-1은 초당 20개로 느려지고 [[linger|linger.ms]]는 10초가 되어, producer-2, producer-3처럼 레코드가 어큐뮬레이터에 오래 머문다.',
      },
      highlight: { slider: 'linger.ms' },
      actions: [
        { action: 'restartBroker', broker: 0 },
        { action: 'setWorkload', producer: P, recordsPerSec: 20 },
        { action: 'setProducerConfig', producer: P, key: 'linger.ms', value: 10000 },
      ],
      until: {
        all: [{ elapsedMs: 4000 }, { value: `producers[${P}].blocked`, op: '==', than: false }],
      },
      result: {
        en: 'Dozens of records are buffered and none is due to leave for seconds.',
        ko: '레코드 수십 개가 버퍼에 있고, 몇 초 동안은 떠날 차례가 아니다.',
      },
    },
    {
      title: { en: 'flush()', ko: 'flush(): 지금 보내기' },
      narration: {
        en: 'This step calls flush() on producer-1: every buffered batch becomes ready at once, whatever linger.ms says, and flush() returns when all of them are acknowledged. The producer stays open.',
        ko: '이 단계에서 producer-1의 flush()를 호출한다. linger.ms와 상관없이 버퍼의 모든 배치가 즉시 전송 대상이 되고, flush()는 모두 응답을 받으면 반환된다. 프로듀서는 열린 채로 남는다.',
      },
      highlight: { panel: 'producer' },
      actions: [{ action: 'flushProducer', producer: P }],
      until: {
        all: [{ event: 'FlushCompleted', where: { producer: P } }, { elapsedMs: 3000 }],
      },
      result: {
        en: 'Everything was sent and acknowledged within milliseconds; new records now wait for linger.ms again.',
        ko: '모든 것이 수 밀리초 안에 전송되고 응답받았다. 새 레코드는 다시 linger.ms를 기다린다.',
      },
    },
    {
      title: { en: 'close() without flush()', ko: 'flush() 없이 close()' },
      narration: {
        en: 'producer-1 has a few seconds of records buffered again. This step calls close() without calling flush() first.',
        ko: 'producer-1에는 다시 몇 초 분량의 레코드가 버퍼에 있다. 이 단계에서 flush()를 먼저 부르지 않고 close()를 호출한다.',
      },
      highlight: { panel: 'producer' },
      actions: [{ action: 'closeProducer', producer: P }],
      until: { event: 'ProducerClosed', where: { producer: P } },
      predict: {
        question: {
          en: 'What happens to the buffered records?',
          ko: '버퍼에 있던 레코드는 어떻게 될까?',
        },
        choices: [
          {
            en: 'They are lost: close() does not send what is buffered',
            ko: '유실된다: close()는 버퍼에 있는 것을 보내지 않는다',
          },
          {
            en: 'They are sent, and close() returns once they are acknowledged',
            ko: '전송되고, close()는 그 응답을 받은 뒤에 반환된다',
          },
        ],
        answer: 1,
        explain: {
          en: 'close() stops accepting new records, makes every batch ready (like flush()) and waits until nothing is buffered or in flight. Calling flush() before close() is harmless but not needed.',
          ko: 'close()는 새 레코드를 더 받지 않고, flush()처럼 모든 배치를 전송 대상으로 만든 뒤 버퍼와 전송 중인 요청이 빌 때까지 기다린다. close() 전에 flush()를 불러도 해는 없지만 꼭 필요하지는 않다.',
        },
        evidence: {
          all: [
            { event: 'ProducerClosed', where: { producer: P, forced: false, failed: 0 } },
            { value: `producers[${P}].stats.lost`, op: '==', than: 0 },
            { change: `producers[${P}].stats.acked`, op: '>', than: 20 },
          ],
        },
      },
      result: {
        en: 'Every buffered record was sent and acknowledged: a plain close() loses nothing.',
        ko: '버퍼의 모든 레코드가 전송되고 응답받았다. 그냥 close()는 아무것도 잃지 않는다.',
      },
    },
    {
      title: { en: 'close(0): no time to drain', ko: 'close(0): 비울 시간이 없다' },
      narration: {
        en: 'close() also takes a timeout. This step calls close(Duration.ZERO) on producer-2, whose records are waiting out linger.ms = 10 s.',
        ko: 'close()에는 타임아웃을 줄 수도 있다. 이 단계에서는 레코드가 linger.ms = 10초를 기다리는 producer-2에 close(Duration.ZERO)를 호출한다.',
      },
      highlight: { panel: 'producer' },
      actions: [{ action: 'closeProducer', producer: P2, timeoutMs: 0 }],
      until: { event: 'ProducerClosed', where: { producer: P2 } },
      predict: {
        question: {
          en: 'What happens to producer-2’s buffered records?',
          ko: 'producer-2의 버퍼에 있던 레코드는 어떻게 될까?',
        },
        choices: [
          {
            en: 'They are sent first, like with close()',
            ko: 'close()처럼 먼저 전송된다',
          },
          {
            en: 'They fail: their callbacks get “Producer is closed forcefully.”',
            ko: '실패한다: 콜백이 "Producer is closed forcefully."를 받는다',
          },
        ],
        answer: 1,
        explain: {
          en: 'A timeout of zero (or one too short for the work left) force-closes the producer: every unsent or unacknowledged batch fails with KafkaException “Producer is closed forcefully.”',
          ko: '타임아웃이 0이면(또는 남은 일에 비해 너무 짧으면) 프로듀서가 강제로 닫힌다. 보내지 못했거나 응답받지 못한 배치는 모두 KafkaException "Producer is closed forcefully."로 실패한다.',
        },
        evidence: {
          all: [
            { event: 'ProducerClosed', where: { producer: P2, forced: true } },
            { value: `producers[${P2}].stats.failed`, op: '>', than: 0 },
          ],
        },
      },
      result: {
        en: 'The buffered records failed, but the application was told, through the callbacks.',
        ko: '버퍼의 레코드는 실패했지만, 애플리케이션은 콜백으로 그 사실을 알았다.',
      },
    },
    {
      title: { en: 'kill -9', ko: 'kill -9: 프로세스가 죽으면' },
      narration: {
        en: 'Last, producer-3’s process is killed (kill -9, a crash, or exiting without close()). Nothing runs any more: no sender thread, no callbacks.',
        ko: '마지막으로 producer-3의 프로세스를 죽인다(kill -9, 크래시, 또는 close() 없이 종료). 이제 아무것도 실행되지 않는다. 센더 스레드도, 콜백도 없다.',
      },
      highlight: { panel: 'producer' },
      actions: [{ action: 'killProducer', producer: P3 }],
      until: { event: 'ProducerKilled', where: { producer: P3 } },
      result: {
        en: 'Its buffered records are simply gone, and nobody is told. This, and close(0), is what really loses buffered data, not forgetting flush() before close().',
        ko: '버퍼에 있던 레코드는 그냥 사라지고, 아무도 알지 못한다. 버퍼의 데이터를 정말로 잃는 것은 이것과 close(0)이지, close() 전에 flush()를 잊은 것이 아니다.',
      },
    },
  ],
  recap: {
    en: 'buffer.memory caps what the producer holds; when it is full send() blocks for up to max.block.ms, then fails with BufferExhaustedException. flush() sends everything now and keeps the producer open; close() does the same and then closes. Only close(0) (or too short a timeout) and a dead process lose buffered records.',
    ko: 'buffer.memory는 프로듀서가 들고 있을 수 있는 양의 상한이다. 가득 차면 send()는 최대 max.block.ms 동안 블록된 뒤 BufferExhaustedException으로 실패한다. flush()는 모든 것을 지금 보내고 프로듀서를 열어 둔다. close()도 똑같이 보낸 뒤 닫는다. 버퍼의 레코드를 잃는 것은 close(0)(또는 너무 짧은 타임아웃)와 죽은 프로세스뿐이다.',
  },
  correction: {
    note: {
      en: 'The note says that closing without flush() leaves buffered data unsent, so it may be lost.',
      ko: '노트에는 flush 없이 close하면 버퍼의 데이터가 전송되지 않아 유실될 수 있다고 되어 있다.',
    },
    kafka: {
      en: 'close() sends everything buffered and waits for the acknowledgements (kafka-python’s close() also flushes first since 2.1.0). Records are lost only with close(0) or a too-short timeout (they fail with “Producer is closed forcefully.”) or when the process dies. In kafka-python 2.x a script that just ends relies on an atexit close(timeout=0), so there flush() (or close()) does matter.',
      ko: 'close()는 버퍼의 모든 것을 보내고 응답을 기다린다(kafka-python의 close()도 2.1.0부터 먼저 flush한다). 레코드를 잃는 것은 close(0)이나 너무 짧은 타임아웃("Producer is closed forcefully."로 실패) 또는 프로세스가 죽을 때뿐이다. kafka-python 2.x에서 그냥 끝나는 스크립트는 atexit의 close(timeout=0)에 맡겨지므로, 거기서는 flush()(또는 close())가 실제로 중요하다.',
    },
  },
};
