/**
 * Which Kafka the brokers run, where the replication lesson is: the version profile changes the
 * high-watermark rule under min ISR (KAFKA-15583, 3.7) and the effective min ISR. Changing it restarts
 * the scenario, as the producer panel's version select does (it is the same setting).
 */
import { KAFKA_VERSIONS, hasKafka37Rules, type KafkaVersion } from '../../engine';
import { versionLabel } from '../../i18n/versionLabel';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';

export function BrokerVersion() {
  const t = useT();
  const scenario = useKafka((s) => s.scenario);
  const scenarioId = useKafka((s) => s.scenarioId);
  const loadScenario = useKafka((s) => s.loadScenario);
  const version = scenario.kafkaVersion;
  return (
    <div className="broker-version">
      <label>
        <span className="broker-version__name">{t('repl.version.name')}</span>{' '}
        <select
          value={version}
          onChange={(e) =>
            loadScenario(scenarioId, { ...scenario, kafkaVersion: e.target.value as KafkaVersion })
          }
        >
          {KAFKA_VERSIONS.map((v) => (
            <option key={v} value={v}>
              Kafka {versionLabel(v)}
            </option>
          ))}
        </select>
      </label>
      <p className="broker-version__rule" data-testid="hw-rule">
        {t(hasKafka37Rules(version) ? 'repl.version.rule37' : 'repl.version.ruleOld')}
      </p>
    </div>
  );
}
