/** English text for the producer picker (scenarios with several producers; merged into en.ts). */
export const producerPickerEn = {
  'producerPicker.label': 'Producer shown',
  'producerPicker.option': '{id} → topic {topic}',
  'producerPicker.help':
    'This scenario runs {n} producers. The pipeline, the producer panels and the producer settings show the one chosen here.',
};
