/** English text of the glossary button and dialog, and legends that mark glossary terms (merged into en.ts). */
export const glossaryUiEn = {
  'glossary.button': 'Glossary',
  'glossary.title': 'Glossary of Kafka terms',
  'glossary.close': 'Close',
  'glossary.filter': 'Filter terms',
  'glossary.filterHint': 'e.g. lag',
  'glossary.count': '{n} of {total} terms',
  'glossary.none': 'No term matches “{q}”.',
  'glossary.seeAlso': 'See also: {terms}',
  'view.legend.sentBecause':
    'why the last batch left: [[batchSize|full]] · [[linger|linger.ms]] ran out · [[rodeAlong|rode along]] with a ready batch for the same broker',
  'view.legend.recordsLag':
    "[[recordsLag|records-lag]] = high watermark − position (the consumer's own metric)",
} as const;
