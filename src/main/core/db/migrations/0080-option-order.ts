// The option order each attempt showed, per question ({ questionId: [optionId, …] }), so review
// and reports show what the participant saw. Attempts from before keep '{}': written order.
export default {
  version: 80,
  name: 'option-order',
  sql: /* sql */ `
    ALTER TABLE attempts ADD COLUMN option_order TEXT NOT NULL DEFAULT '{}';
  `,
};
