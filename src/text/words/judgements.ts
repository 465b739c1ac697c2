// Judgements a yes/no claim makes of what it is about ("the results calmed investors", "Meta's spending made no sense"):
// each sense lists its good and its bad words (folded; a phrase is words joined by spaces). A claim's judgement must be
// one the fact makes, in either polarity: the fact's "did not satisfy the market" says no to "calmed investors", and a
// fact that judges nothing in that sense cannot say yes to it (src/engine/understand/yes-no.ts, `judgementVerdict`).
// Folded Vietnamese syllables that are other words too ("đạt"/"đắt" → "dat", "lo"/"lỗ") are only listed in phrases.

export interface JudgementSense {
  readonly good: readonly string[];
  readonly bad: readonly string[];
}

export const JUDGEMENTS: readonly JudgementSense[] = [
  {
    // Pleasing the market or investors, or not.
    good: [
      'satisfy',
      'satisfied',
      'satisfies',
      'satisfying',
      'pleased',
      'calm',
      'calmed',
      'calms',
      'reassure',
      'reassured',
      'reassures',
      'reassuring',
      'impress',
      'impressed',
      'impresses',
      'thrilled',
      'delighted',
      'happy',
      'liked',
      'cheered',
      'welcomed',
      'hai long',
      'yen tam',
      'tran an',
      'an tuong',
    ],
    bad: [
      'disappoint',
      'disappointed',
      'disappoints',
      'disappointing',
      'disappointment',
      'unhappy',
      'unimpressed',
      'dissatisfied',
      'spooked',
      'rattled',
      'upset',
      'let down',
      'that vong',
      'bat man',
    ],
  },
  {
    // A decision judged sensible, or a mistake.
    good: [
      'sensible',
      'sense',
      'reasonable',
      'rational',
      'logical',
      'justified',
      'wise',
      'hop ly',
      'hop li',
      'khon ngoan',
    ],
    bad: [
      'mistake',
      'mistakes',
      'irrational',
      'unreasonable',
      'foolish',
      'stupid',
      'senseless',
      'pointless',
      'sai lam',
      'vo ly',
      'phi ly',
      'ngu ngoc',
    ],
  },
  {
    // What something costs.
    good: ['expensive', 'costly', 'pricey', 'dat do', 'dat tien', 'ton kem'],
    bad: ['cheap', 'cheaper', 'inexpensive', 'affordable', 'low cost', 'gia re', 're tien', 'chi phi thap'],
  },
  {
    // Spending too much, or just enough or too little.
    good: [
      'too much',
      'overspend',
      'overspent',
      'overspending',
      'overinvest',
      'overinvested',
      'overinvesting',
      'overinvestment',
      'over invest',
      'over invested',
      'over investing',
      'over investment',
      'overbuild',
      'overbuilding',
      'overbuilt',
      'qua tay',
      'qua muc',
      'qua nhieu',
      'vuot muc',
    ],
    bad: [
      'just enough',
      'too little',
      'underspend',
      'underspent',
      'underspending',
      'underinvest',
      'underinvested',
      'underinvesting',
      'underinvestment',
      'under invest',
      'under invested',
      'under investing',
      'under investment',
      'vua du',
      'duoi muc',
      'qua it',
    ],
  },
];
