/** The A/B compare page (`?compare=…`): its own chunk, loaded only when the URL asks for it. */
import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { translate } from '../../i18n';
import { startDriver } from '../../store/driver';
import { storeFromUrl } from '../bootstrap';
import type { UrlOptions } from '../urlState';
import { CompareApp } from './CompareApp';
import { compareScenarios } from './compareSetup';
import { followLead } from './followLead';

const prefixed = (o: Record<string, string>) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [`shown${k[0]!.toUpperCase()}${k.slice(1)}`, v]));

export function startCompare(
  root: Root,
  options: UrlOptions & { compare: NonNullable<UrlOptions['compare']> },
) {
  const setup = compareScenarios(options.example.scenario, options.compare);
  const stores = [storeFromUrl(options, setup.a), storeFromUrl(options, setup.b)] as const;
  if (setup.rejected) {
    const shown = { key: setup.key, a: String(setup.valueA), b: String(setup.valueB) };
    stores[0].getState().notify(
      'error',
      translate(options.lang, setup.rejected.reason ? 'compare.refusedByKafka' : 'compare.rejected', {
        ...setup.rejected,
        ...prefixed(shown),
      }),
    );
  }
  // One clock: the driver moves A; B mirrors A's time (and seeks with it).
  followLead(stores[0], stores[1]);
  startDriver(stores[0]);
  root.render(
    <StrictMode>
      <CompareApp stores={stores} setup={setup} />
    </StrictMode>,
  );
}
