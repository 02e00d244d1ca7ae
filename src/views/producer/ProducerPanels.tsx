/** The producer-in-depth panels under the pipeline: status and calls, skew, key explainer, inspector, compression. */
import '../../styles/producer.css';
import { CompressionPanel } from './CompressionPanel';
import { KeyExplainer } from './KeyExplainer';
import { PartitionSkewChart } from './PartitionSkewChart';
import { ProducerStatus } from './ProducerStatus';
import { RecordInspector } from './RecordInspector';

export function ProducerPanels() {
  return (
    <div className="producer-panels">
      <section className="panel producer-panel">
        <ProducerStatus />
      </section>
      <PartitionSkewChart />
      <KeyExplainer />
      <RecordInspector />
      <CompressionPanel />
    </div>
  );
}
