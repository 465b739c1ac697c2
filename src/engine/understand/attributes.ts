// Understands which attribute a question asks about a named subject (profit, revenue, share price, the price of gold
// or a coin, valuation, age, headcount, salary, a dividend, a sale price, a chief executive, a product's name, a funding
// round, interest rates, an investor's investments, a stock tip, a company's line of business, another market or a time
// the article does not cover), so a decline can name it, and so a fact is never offered as the answer to a different
// measure. Patterns are on folded text.
import { mapped } from '../../text/packed.js';
import type { Lang } from '../../text/lang.js';
import { anyOf } from '../../text/any-of.js';

export interface AskedAttribute {
  readonly id: string;
  readonly label: Readonly<Record<Lang, string>>;
  /** The fact gives this attribute only when its answer (folded, in either language) matches this. */
  readonly givenBy: RegExp;
  /**
   * A measure read from the fact's structured figures (their labels) rather than its wording: an answer that mentions
   * profit in passing ("when will it turn a profit") does not give a profit figure.
   */
  readonly inFigures?: boolean;
  /** It asks for a person ("who is the CEO"), so it is checked on "who" questions too, which name others as topics. */
  readonly asksForPerson?: boolean;
  /** It is a quantity (a profit, a price, a market value, a headcount…): asked "today", it needs a figure. */
  readonly measured?: boolean;
  /**
   * A time that, beside a quantity asked ("Cisco's market cap today"), is given only by a fact with a figure: an answer
   * that says what became of the quantity "today" ("no longer compares with the giants") gives no figure for it.
   */
  readonly needsFigureWithMeasure?: boolean;
  /** The question does not ask this attribute when it also matches this ("when must it raise a new round" asks a time). */
  readonly notWhen?: RegExp;
}

/** "How did X make (its) money": the means, not an amount. */
const HOW_MADE_MONEY = /\bhow (?:did|does|do|could|can) .{1,30}? make (?:\S+ )?money\b/;

const ATTRIBUTES: readonly (readonly [RegExp, AskedAttribute])[] = [
  [
    /\b(?:profit|profits|profitable|net income|co lai|loi nhuan|lai rong)\b|(?<!mang )\blai bao nhieu\b|\b(?:kiem|lam) loi (?:duoc )?(?:bao nhieu|may)\b/,
    {
      id: 'profit',
      measured: true,
      label: { en: 'profit', vi: 'lợi nhuận' },
      givenBy: /\b(?:profit|profits|net income|loi nhuan)\b/,
      inFigures: true,
    },
  ],
  [
    // A loss asked of a subject whose facts give none ("how much did tesla lose", "tesla lỗ bao nhiêu", and claimed:
    // "tesla lỗ 600 triệu quý này hả" — a bare "lo" before an amount is a loss, not a worry).
    /\b(?:lose|loses|lost|losing|loss|losses|thua lo|lo von|bi lo)\b|\blo (?:bao nhieu|bn|nhieu|may|(?:(?:toi|den|khoang|hon|gan|tam|co|mat|them) )?\d)/,
    {
      id: 'loss',
      measured: true,
      label: { en: 'loss', vi: 'khoản lỗ' },
      // Not the "lồ" of "khổng lồ" (huge), which folds to "lo" too.
      givenBy: /\b(?:lose|loses|lost|losing|loss|losses|thua lo)\b|(?<!khong )\blo\b/,
      // Read from the figures: "you lose your position" (Zuckerberg) or "mất vị trí" gives no loss of money.
      inFigures: true,
      // Jobs or roles lost to AI, a position or a chance lost, the asker's own money: not a company's loss.
      notWhen:
        /\b(?:jobs?|roles?|workers?|employees?|staff|viec lam|cong viec|nhan vien|position|vi tri|out|chance|co hoi|lead|spot|place|seat|ground|edge|footing|standing)\b|\b(?:i|we|you|toi|minh) (?:lose|lost|bi lo)\b|\b(?:got|get|getting|gets) lost\b/,
    },
  ],
  [
    /\bmake money\b|\b(?:how much(?: money)?|what) did \S+ make\b|\bhow much(?: money)? did (?:\S+ ){2,3}(?:make|earn)\b|\bhow much(?: money)? (?:does|do|will) \S+ make\b|\bhow much(?: money)? (?:does|do|did|will|would) \S+ (?:\S+ )?(?:earn|rake in|bring in)\b|\bwhat (?:does|do|did|will|would) \S+ (?:\S+ )?(?:earn|make from)\b|\bwhat (?:\S+ ){1,3}(?:earns|earned|makes from|made from)\b|\bkiem (?:duoc )?bao nhieu\b/,
    {
      id: 'earnings',
      measured: true,
      label: { en: 'earnings', vi: 'thu nhập' },
      givenBy: /\b(?:profit|profits|revenue|earn|earning|loi nhuan|doanh thu|thu ve)\b/,
      // Read from the figures, as for profit: "asked when that will start to turn a profit" gives no earnings figure.
      inFigures: true,
      // "How did Levi's make money" asks by what means (its line of business, below), not how much.
      notWhen: HOW_MADE_MONEY,
    },
  ],
  [
    /\b(?:revenue|revenues|sales|turnover|doanh thu)\b/,
    {
      id: 'revenue',
      measured: true,
      label: { en: 'revenue', vi: 'doanh thu' },
      givenBy: /\b(?:revenue|doanh thu)\b/,
      inFigures: true,
    },
  ],
  [
    // How far a company's shares rose or fell ("how much did tesla's stock go up", "cổ phiếu tesla tăng bao nhiêu"):
    // given only by a fact with a stock figure, not by one that names another company's stock gain in passing.
    /\b(?:stocks?|shares|share price|co phieu)\b (?:\S+ ){0,3}(?:(?:go|went|gone|going) (?:up|down)|rise|rises|rose|risen|rising|climb(?:s|ed)?|jump(?:s|ed)?|gain(?:s|ed)?|grow|grew|grown|tang|giam)\b/,
    {
      id: 'stock-gain',
      measured: true,
      label: { en: 'share price change', vi: 'mức tăng giảm cổ phiếu' },
      givenBy: /\b(?:shares?|stock|co phieu)\b/,
      inFigures: true,
    },
  ],
  [
    /\b(?:share price|stock price|price of (?:its|the) (?:stock|shares)|trading at|gia co phieu|co phieu \S+ (?:gia|bao nhieu tien))\b/,
    {
      id: 'price',
      label: { en: 'share price', vi: 'giá cổ phiếu' },
      // A price per share, not a fact that names the stock ("its share price hit records" gives no price).
      givenBy: /\b(?:a share|per share|trading at|moi co phieu)\b/,
      measured: true,
      // How far the price moved, how it did next to others or what drove it ("what pushed its share price to records")
      // asks no price level.
      notWhen:
        /\b(?:why|what (?:pushed|drove|drives|boosted|lifted)|records?|ky luc|since|tu khi|how did|perform\w*|fared?|compared?|next to|versus|vs|than|after|happen\w*|(?:go|goes|went|gone|going) (?:up|down)|rise|rises|rose|risen|rising|climb\w*|jump\w*|gain\w*|soar\w*|tang|giam)\b/,
    },
  ],
  [
    // The price of a commodity, a coin or a currency ("giá vàng hôm nay", "bitcoin price"): the article gives none.
    /\b(?:(?:gold|oil|silver|bitcoin|btc|petrol|gas|crude) prices?|price of (?:gold|oil|silver|bitcoin|btc|petrol|gas|crude)|gia (?:vang|xang|dau tho|bac|bitcoin|btc|usd|ca phe|lua|nha dat))\b/,
    {
      id: 'commodity-price',
      measured: true,
      label: { en: 'price', vi: 'giá' },
      givenBy: /\b(?:gold price|price of gold|gia vang)\b/,
    },
  ],
  [
    // The price of a thing ("quần jean levi's giá bao nhiêu", "how much does a gpu cost", "price of one chip"): the
    // article prices nothing. Not a valuation ("định giá", "đáng giá", "trị giá"), a share price or a sale ("bán với giá").
    /(?<!\b(?:dinh|dang|tri|co phieu|cp|von hoa|voi|ban|mua|lai) )\bgia (?:la )?bao nhieu\b|\bhow much (?:does|do|did) (?:a|an|one) (?:\S+ ){1,2}cost\b|\bprice of (?:a|an|one|each) /,
    {
      id: 'item-price',
      measured: true,
      label: { en: 'price', vi: 'giá' },
      givenBy: /\b(?:priced at|retail price|gia niem yet|gia ban le)\b/,
    },
  ],
  [
    /\b(?:market cap|market capitali[sz]ation|valuation|valued at|worth (?:now|today)|von hoa|dinh gia|tri gia)\b/,
    {
      id: 'value',
      measured: true,
      label: { en: 'market value', vi: 'giá trị thị trường' },
      givenBy: /\b(?:valued at|dinh gia|market capitali[sz]ation|von hoa)\b/,
    },
  ],
  [
    // "600 ngày tuổi" (600 days old) is a duration, not an age.
    /\b(?:how old|age(?! of)|born|bao nhieu tuoi|(?<!\b(?:ngay|tuan|thang) )tuoi|sinh nam)\b/,
    {
      id: 'age',
      label: { en: 'age', vi: 'tuổi' },
      givenBy: /\b(?:years old|aged|tuoi)\b/,
      // "How many days since it was born": an age counted in days, weeks or months is a duration.
      notWhen: /\b(?:days?|weeks?|months?)\b/,
    },
  ],
  [
    /\b(?:headcount|employees|staff count|how many people work|bao nhieu nhan vien|so nhan vien|bao nhieu nguoi lam)\b/,
    {
      id: 'headcount',
      measured: true,
      label: { en: 'headcount', vi: 'số nhân viên' },
      givenBy: /\b(?:employees|headcount|so nhan vien)\b/,
    },
  ],
  [
    // "lương" by itself: not the word inside "sản lượng" (output), "số lượng" (quantity), "chất lượng" (quality), "năng
    // lượng" (energy) and the like, nor "lương thấp/bèo/rẻ" (low-wage, of jobs).
    /\b(?:salary|salaries|(?<!\b(?:san|so|chat|khoi|nang|luu|dung|ham|trong|luc|thuong|dinh|uoc|du|dai) )luong(?! (?:thap|beo|re)\b)|bonus|bonuses|compensation|pay package|paycheck|tien thuong|(?:gets?|getting|got) paid)\b/,
    {
      id: 'salary',
      measured: true,
      label: { en: 'pay', vi: 'lương' },
      // A wage bill gives it ("labour cost", "chi phí lao động"); "low-wage jobs" (công việc lương thấp) does not.
      givenBy: /\b(?:salary|salaries|wage bill|labou?r|lao dong|nhan cong|quy luong)\b/,
    },
  ],
  [
    // Pay per person ("the average salary at openai", "lương trung bình của nhân viên"): a wage bill is not it.
    /\b(?:(?:average|median|typical|mean) (?:salary|salaries|pay|wage|wages|income)|(?:salary|pay|wage) per (?:person|employee|head|worker)|(?:luong|thu nhap) (?:trung binh|binh quan)|luong (?:moi|1|mot) (?:nguoi|nhan vien))\b/,
    {
      id: 'average-pay',
      measured: true,
      label: { en: 'average pay', vi: 'lương trung bình' },
      givenBy: /\b(?:average|per employee|per person|trung binh|binh quan)\b/,
    },
  ],
  [
    // How many were laid off ("stability ai cho nghỉ việc mấy trăm nhân sự", "how many did X lay off"): a number of people.
    /\b(?:(?:how many|bao nhieu|bn|may tram|may nghin|may chuc) (?:\S+ ){0,4}(?:laid off|lay off|layoffs|fired|let go|sa thai|cho nghi viec|nghi viec)|(?:sa thai|cho nghi viec|laid off|lay off|let go) (?:\S+ ){0,3}(?:bao nhieu|bn|may tram|may nghin|may chuc|how many))\b/,
    {
      id: 'layoff-count',
      measured: true,
      label: { en: 'number laid off', vi: 'số người bị sa thải' },
      givenBy:
        /\b\d[\d.,]* (?:(?:trieu|nghin|ngan|million|thousand) )?(?:people|employees|staff|workers|nguoi|nhan vien|nhan su)\b/,
    },
  ],
  [
    // Who runs a company: the article names a few chief executives, and only where it quotes them.
    /\b(?:who is (?:the )?(?:\S+ ){0,3}(?:ceo|chief executive)|(?:ceo|chief executive|giam doc dieu hanh)(?: cua)? (?:\S+ ){1,3}la ai|ai la (?:ceo|giam doc dieu hanh)|(?<!\b(?:the|a|that|this) \S+ )who (?:runs|leads|heads) )/,
    {
      id: 'ceo',
      label: { en: 'chief executive', vi: 'giám đốc điều hành' },
      givenBy: /\b(?:ceo|chief executive|chief|head of|giam doc dieu hanh|nguoi dung dau)\b/,
      asksForPerson: true,
    },
  ],
  [
    // A product's name, or one not out yet: the article names no model, chip or chatbot beyond the ones it quotes.
    /\b(?:(?:next|upcoming|latest) (?:ai )?(?:model|product|chip|chatbot|version)s?|(?:model|product|chip|chatbot)s? (?:is |are )?(?:called|named)|(?:mo hinh|san pham|chip|chatbot|phien ban) (?:ai )?(?:tiep theo|moi nhat|sap ra mat))\b/,
    {
      id: 'product-name',
      label: { en: 'product name', vi: 'tên sản phẩm' },
      givenBy: /\b(?:called|named|ten la|mang ten|next model|mo hinh tiep theo)\b/,
    },
  ],
  [
    /\b(?:funding round|round of funding|series [a-f] round|vong goi von|goi von vong)\b/,
    {
      id: 'funding-round',
      label: { en: 'funding round', vi: 'vòng gọi vốn' },
      givenBy: /\b(?:round|vong)\b/,
      // By when a new round must be raised asks how long the cash lasts, not about a round itself.
      notWhen:
        /\b(?:deadline|when|how soon|by when|khi nao|bao gio|han chot|thoi han)\b.*\b(?:(?:new|next|another|fresh) (?:funding )?round|vong (?:goi von )?(?:moi|tiep theo))\b/,
    },
  ],
  [
    /\b(?:interest rates?|rate (?:cut|hike)s?|lai suat)\b/,
    { id: 'rates', label: { en: 'interest rates', vi: 'lãi suất' }, givenBy: /\b(?:interest rates?|lai suat)\b/ },
  ],
  [
    /\b(?:dividend|dividends|co tuc)\b/,
    { id: 'dividend', measured: true, label: { en: 'dividend', vi: 'cổ tức' }, givenBy: /\b(?:dividend|co tuc)\b/ },
  ],
  [
    // "acquisi…" also takes a slip ("acquisiton price"): the price of a sale is asked whatever the deal is called.
    /\b(?:sold for|sale price|bought for|acquired for|acquisi\w* (?:price|cost|value)|(?:takeover|buyout|purchase) price|price tag|ban voi gia|ban bao nhieu|gia ban|gia mua lai|mua lai (?:voi )?(?:gia )?bao nhieu)\b/,
    {
      id: 'sale-price',
      label: { en: 'sale price', vi: 'giá bán' },
      givenBy: /\$\d|\bUSD\b|\busd\b/,
      measured: true,
    },
  ],
  [
    // Other writing by a person the article names or quotes: the article is one piece and lists no other.
    /\b(?:(?:what|which) (?:other )?(?:books|articles)|what else (?:has|did) (?:\S+ ){1,2}(?:written|write|published)|other (?:articles|books|works)|(?:bai|sach) (?:nao )?khac|viet (?:nhung )?(?:bai|sach) nao)\b/,
    {
      id: 'other-works',
      label: { en: 'other writing', vi: 'các bài viết khác' },
      givenBy: /\b(?:books|other articles|cac bai khac|sach)\b/,
    },
  ],
  [
    // What a named investor has put money into ("which companies has Sequoia invested in"): the article lists no
    // one's investments. Only with the company asked after the investor, so "which companies invest in AI" is untouched.
    /\b(?:(?:which|what) (?:companies|startups|firms) (?:has|have|does|do|did) (?:\S+ ){1,3}(?:invest(?:ed)? in|back(?:ed)?|fund(?:ed)?)|portfolio|(?:dau tu|rot von) vao (?:nhung |cac )?(?:cong ty|startup|hang|doanh nghiep) nao|danh muc dau tu)\b/,
    {
      id: 'investments',
      label: { en: 'investments', vi: 'các khoản đầu tư' },
      givenBy: /\b(?:invested in|portfolio|stake in|danh muc dau tu|co phan)\b/,
    },
  ],
  [
    // A stock tip ("which stock does Brooks recommend", "khuyên mua cổ phiếu nào"): the article gives none, and says so.
    /\b(?:(?:which|what) (?:stocks?|shares?) (?:\S+ ){0,3}(?:recommend|recommends|buy|pick|picks)|stock (?:tips?|picks?)|recommend(?:s|ed)? (?:buying|to buy)|khuyen (?:nen )?mua|(?:nen )?mua co phieu (?:nao|gi))\b/,
    {
      id: 'stock-tip',
      label: { en: 'stock picks', vi: 'khuyến nghị mua cổ phiếu' },
      givenBy: /\b(?:recommend\w*|investment advice|khuyen nghi|loi khuyen)\b/,
    },
  ],
  [
    // What kind of company something is ("xtb là công ty gì", "what kind of firm is XTB"): given only by a fact that
    // says what it makes, sells or is (a chip maker, a startup, a bank), not by one that merely names it. Not "what
    // company is…" or "là công ty nào": those ask which company ("… là công ty nào" = the one that did something).
    /\bhow (?:did|does|do|could|can) .{1,30}? make (?:\S+ )?money\b|\b(?:what (?:kind|sort|type) of (?:company|firm|business)|what business is \S+ in|la (?:mot )?(?:cong ty|hang|doanh nghiep) gi|(?:cong ty|hang) \S+ (?:lam|kinh doanh) (?:gi|ve gi|linh vuc gi))\b/,
    {
      id: 'business',
      label: { en: 'line of business', vi: 'lĩnh vực kinh doanh' },
      givenBy:
        /\b(?:maker|makes|sells|seller|startup|bank|brokerage|leader in|supplier|nha san xuat|san xuat|khoi nghiep|ngan hang|ban xeng|dan dau)\b/,
    },
  ],
  [
    // Where to buy something ("where can I buy the jeans", "mua ở đâu rẻ"): shopping the article never advises on.
    /\b(?:where (?:can|do|should|could) (?:i|we|you|u) (?:buy|get|order)|where to (?:buy|get|order)|buy (?:\S+ ){0,3}(?:cheap|cheaper|online)|mua (?:o|tai) dau|mua (?:\S+ ){0,3}(?:o dau|gia re|re nhat))\b/,
    {
      id: 'shopping',
      label: { en: 'where to buy it', vi: 'nơi mua' },
      // English words only: folded, "của hãng" (its) spells "cua hang" (a shop).
      givenBy: /\b(?:stores?|shops?|retailers?)\b/,
    },
  ],
  [
    // A product or brand to pick ("any good jeans brands besides levi's", "best shovel for digging a garden bed",
    // "thương hiệu nào tốt"): shopping advice the article never gives, whatever product of its story it names.
    /\b(?:(?:good|best|decent|cheap|cheapest|top|other) (?:\S+ )?brands?|best (?:\S+ ){1,2}(?:(?:for|to) \S+ing|to (?:buy|get|order))|(?:thuong hieu|hang) (?:\S+ )?(?:nao|gi) (?:tot|ngon|re|ben))\b/,
    {
      id: 'product-pick',
      label: { en: 'product recommendations', vi: 'gợi ý mua sắm' },
      givenBy: /\b(?:brands?|thuong hieu)\b/,
    },
  ],
  [
    // Chat Vietnamese says "now" with "giờ" alone ("cisco giờ vốn hóa bao nhiêu"), before a how-much; "bao giờ" (when),
    // "mấy giờ" (what time) and an hour ("3 giờ") are not it.
    /\b(?:right now|today|currently|current|at the moment|hien nay|hien tai|hien gio|gio day|bay gio|luc nay|hom nay)\b|\bhow (?:big|much|large|valuable) (?:\S+ ){1,4}now\b|(?<!\b(?:bao|may|\d+|mot|hai|ba|tieng|mui|khung|gio) )\bgio (?:\S+ ){0,4}(?:bao nhieu|bn)\b/,
    {
      id: 'now',
      label: { en: 'figure today', vi: 'con số hiện nay' },
      givenBy: /\b(?:today|hien nay)\b/,
      needsFigureWithMeasure: true,
      // "why does Nvidia now recall Cisco", "Nvidia bây giờ được so sánh với Cisco": "now" places a why or a comparison
      // in time, it asks no figure of today.
      notWhen: /\b(?:why|how come|tai sao|vi sao|sao lai|so sanh|compared?|comparison)\b|^sao\b/,
    },
  ],
];

/** Markets and places a question may ask about; a fact answers only when it names the same one. */
const MARKETS: readonly (readonly [RegExp, RegExp, Readonly<Record<Lang, string>>])[] = [
  // "game" alone is also "game theory" and "game-changing": the market is gaming, games, or a game market.
  [
    /\b(?:gaming|games|video game|game (?:market|industry|sales)|choi game)\b/,
    /\b(?:gaming|games?)\b/,
    { en: 'gaming market', vi: 'thị trường game' },
  ],
  // The asker's own phone ("looks weird on my phone", "điện thoại của em") is where they read, not a market asked.
  [
    /(?<!\b(?:my|your|ur) )\b(?:smartphone|smartphones|phone|dien thoai)\b(?! (?:cua )?(?:em|minh|toi|tui|tao)\b)/,
    /\b(?:smartphone|phone|dien thoai)\b/,
    { en: 'smartphone market', vi: 'thị trường điện thoại' },
  ],
  // "Translated from Chinese", "in Chinese" name a language, and "a Chinese outlet" a publisher, not the Chinese market.
  [
    /\b(?:china|trung quoc)\b|(?<!\b(?:from|in|into) )\bchinese\b(?! (?:outlet|site|website|paper|newspaper|media|publication|source|account|press|original|version))/,
    /\b(?:china|trung quoc)\b/,
    { en: 'China figure', vi: 'con số ở Trung Quốc' },
  ],
  [
    /\b(?:in the us|in america|o my|tai my|united states)\b/,
    /\b(?:us|u s|my|america)\b/,
    { en: 'US-only figure', vi: 'con số riêng ở Mỹ' },
  ],
  [
    /\b(?:europe|chau au|japan|nhat ban|india|an do|vietnam|viet nam)\b/,
    /\b(?:europe|chau au|japan|nhat ban|india|an do|viet nam)\b/,
    { en: 'figure for that market', vi: 'con số cho thị trường đó' },
  ],
];

// Each list in one pattern (`anyOf`): a question that none asks (most) is ruled out by one test instead of one per pattern.
const ANY_ATTRIBUTE = anyOf(ATTRIBUTES.map(([pattern]) => pattern));
const ANY_MARKET = anyOf(MARKETS.map(([asked]) => asked));

/**
 * A concession or a premise that something is lacking ("even though there is no profit", "why … if it's not
 * profitable", "dù chưa có lãi"): it says why the question is puzzling, it does not ask for that measure. Only with a
 * negation, so "có đủ lợi nhuận không" still asks a profit.
 */
const CONCESSION =
  /\b(?:despite|although|though|even though|even if|if|while|du|mac du|du cho|du rang|neu)\b (?:\S+ ){0,3}(?:no|not|isn t|aren t|without|chua|khong|ko|chang|chua he)\b(?: \S+){1,4}$/;

/**
 * The attributes a question asks that the fact (its answers, folded) does not give. A "who" question (`whoAsked`) names
 * its measures as topics ("who said AI revenue…"), so only the attributes that ask for a person are read from it. A
 * yes/no claim without a number (`claimAsked`) is given a measured attribute by the fact's words, not only its figures.
 */
export function missingAttributes(
  folded: string,
  factText: string,
  figureText: string,
  whoAsked = false,
  claimAsked = false,
): AskedAttribute[] {
  const missing: AskedAttribute[] = [];
  const question = folded.replace(CONCESSION, '');
  const asked = ANY_ATTRIBUTE.test(question)
    ? mapped(
        ATTRIBUTES.filter(
          ([pattern, attribute]) =>
            (!whoAsked || attribute.asksForPerson === true) &&
            pattern.test(question) &&
            attribute.notWhen?.test(question) !== true,
        ),
        ([, attribute]) => attribute,
      )
    : [];
  const measureAsked = asked.some((attribute) => attribute.measured === true);
  for (const attribute of asked)
    if (
      // A yes/no claim without a number ("is capex driven by real revenue?") asks what the fact says of the measure,
      // not its figure: the fact's words give it.
      !attribute.givenBy.test(attribute.inFigures && !claimAsked ? figureText : factText) ||
      (attribute.needsFigureWithMeasure === true && measureAsked && figureText === '')
    )
      missing.push(attribute);
  if (whoAsked || !ANY_MARKET.test(folded)) return missing;
  for (const [asked, given, label] of MARKETS)
    if (asked.test(folded) && !given.test(factText)) missing.push({ id: 'market', label, givenBy: given });
  return missing;
}
