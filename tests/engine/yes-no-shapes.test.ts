// Yes/no questions in the shapes chat users type them: amounts at another scale, tags, trailing particles and
// addresses, statements ending in "?", opposite directions, another period.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { isStatementQuestion, isYesNoQuestion, withoutYesNoTag } from '../../src/engine/understand/yes-no.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
const answer = (q: string) => engine.ask(q).answer;

describe('yes/no questions as chat users type them', () => {
  it('reads an amount written at another scale as the same amount', () => {
    expect(answer('openai co the lo 5000 trieu usd nam nay ko')).toMatch(/^Có: /);
    expect(answer('did tesla spend 0.6 billion dollars on ai this quarter')).toMatch(/^Yes: /);
    expect(answer('did tesla spend 6 billion dollars on ai this quarter')).toMatch(/^No: /);
  });

  it('finds a Vietnamese particle before politeness or an address, and reads "hông" as "không"', () => {
    expect(isYesNoQuestion('openai lo 5 ty phai hong ban')).toBe(true);
    expect(isYesNoQuestion('tesla chi 600 trieu cho ai dung ko ae')).toBe(true);
    expect(isYesNoQuestion('google dau tu 12 ty moi quy co dung khong a')).toBe(true);
    expect(isYesNoQuestion('openai lo bao nhieu vay ban')).toBe(false);
    expect(answer('tesla chi 600 triệu đô cho AI quý này đúng hông bạn')).toMatch(/^Có: /);
  });

  it('reads "không phải … sao" as asking whether what follows is so', () => {
    expect(isYesNoQuestion('chang phai nvidia chiem 95% thi truong dao tao ai sao')).toBe(true);
    expect(isYesNoQuestion('vi sao nvidia chiem 95% thi truong dao tao ai')).toBe(false);
    expect(answer('chẳng phải nvidia chiếm 95% thị trường đào tạo AI sao')).toMatch(/^Có: /);
    expect(answer('chẳng phải nvidia chiếm 60% thị trường đào tạo AI sao')).toMatch(/^Không: /);
  });

  it('reads an English claim ending in "?" as a yes/no question, a keyword query not', () => {
    expect(
      isStatementQuestion('the inflection ai founder joined microsoft?', 'the inflection ai founder joined microsoft'),
    ).toBe(true);
    expect(isStatementQuestion('nvidia share of ai training?', 'nvidia share of ai training')).toBe(false);
    expect(isStatementQuestion('tesla spent how much on ai?', 'tesla spent how much on ai')).toBe(false);
    expect(answer('the inflection ai founder joined microsoft?')).toMatch(/^Yes: /);
  });

  it('finds the auxiliary after a frame ("according to …, did …") and reads negative tags', () => {
    expect(isYesNoQuestion('according to goldman sachs could ai automate 300 million jobs')).toBe(true);
    expect(isYesNoQuestion('in 2000 was cisco the most valuable company')).toBe(true);
    expect(isYesNoQuestion('in which year was cisco the most valuable company')).toBe(false);
    expect(withoutYesNoTag("musk said they had no choice, didn't he?")).toBe('musk said they had no choice');
    expect(withoutYesNoTag('tesla put 600 million into ai, legit?')).toBe('tesla put 600 million into ai');
  });

  it('opens with any negated auxiliary, and reads tags typed bare, without the apostrophe or as "chứ"', () => {
    expect(isYesNoQuestion('weren t the big tech stocks unclear about ai returns')).toBe(true);
    expect(isYesNoQuestion('hasn t nvidia gone up 600 percent')).toBe(true);
    expect(answer("hasn't nvidia stock gone up more than 600% since chatgpt launched?")).toMatch(/^Yes: /);
    expect(withoutYesNoTag('musk said tesla had no choice didnt he')).toBe('musk said tesla had no choice');
    expect(withoutYesNoTag('the loss could be five billion right')).toBe('the loss could be five billion');
    expect(withoutYesNoTag('covello sees a trillion going into ai infra, that s what he said?')).toBe(
      'covello sees a trillion going into ai infra',
    );
    expect(withoutYesNoTag('did they get it right')).toBeUndefined();
    expect(withoutYesNoTag('Google đầu tư 12 tỷ đô mỗi quý cho AI chứ')).toBe('Google đầu tư 12 tỷ đô mỗi quý cho AI');
  });

  it('reads a claim\'s chat spellings as the words they stand for ("ex" former, "ppl" people)', () => {
    expect(answer('character ai got started by ex-google ppl, right?')).toMatch(/^Yes: /);
    // Their staff called by the company's name: the same employer.
    expect(answer('was character ai started by ex googlers?')).toMatch(/^Yes: /);
  });

  it('reads "right" as chat spells it ("rite", "ryt") and "or nah" as tags', () => {
    expect(withoutYesNoTag('openai could lose 5 billion this year, rite?')).toBe(
      'openai could lose 5 billion this year',
    );
    expect(withoutYesNoTag("nvidia sells the shovels, that's the take here ryt")).toBe(
      "nvidia sells the shovels, that's the take here",
    );
    expect(answer('tesla spent 600 million on ai this quarter rite')).toMatch(/^Yes: /);
    // "or nah": or not.
    expect(withoutYesNoTag('tesla spent 6 billion on ai this quarter or nah')).toBe(
      'tesla spent 6 billion on ai this quarter',
    );
    expect(answer('tesla spent 6 billion on ai this quarter or nah')).toMatch(/^No: /);
  });

  it('keeps a tag clause after a comma ("…, đúng chứ") as what asks, not as filler', () => {
    expect(answer('google rót 12 tỷ đô mỗi quý vào AI, đúng chứ')).toMatch(/^Có: /);
    expect(answer('google rót 12 tỷ đô mỗi năm vào AI, phải hông ae')).toMatch(/^Không: /);
  });

  it('reads a claim without its closing tag clause ("…, chuẩn không"), whatever the tag\'s words', () => {
    expect(withoutYesNoTag('chatgpt ra mắt năm 2023, chuẩn ko ae')).toBe('chatgpt ra mắt năm 2023');
    expect(withoutYesNoTag('google chi 20 tỷ đô mỗi quý cho ai, đúng không')).toBe(
      'google chi 20 tỷ đô mỗi quý cho ai',
    );
    expect(withoutYesNoTag('ai chi nhiều nhất, google hay meta')).toBeUndefined();
    expect(answer('chatgpt ra mắt năm 2023, chuẩn ko ae')).toMatch(/^Không: .*2022/);
  });

  it('reads hearsay opening a Vietnamese claim ("nghe đâu", "nghe đồn") as no part of it', () => {
    expect(answer('nghe đâu openai lỗ 15 tỷ usd năm nay hả')).toMatch(/^Không: /);
    const claim = 'tesla chi 600 trieu usd cho ai quy nay a';
    for (const hearsay of ['nghe dau', 'tui nghe don', 'nghe nguoi ta noi'])
      expect(engine.ask(`${hearsay} ${claim}`).confidence).toBe(engine.ask(claim).confidence);
  });

  it('reads "lỗ" before an amount as a loss claimed: no yes from a figure that is spent', () => {
    const reply = engine.ask('tesla lỗ 600 triệu usd quý này hả');
    expect(reply.answered).toBe(false);
    expect(reply.nearest?.factId).toBe('tesla-600m-capex');
    expect(answer('openai lỗ 5 tỷ usd năm nay hả')).toMatch(/^Có: /);
  });

  it('answers no to a number the fact about the subject gives otherwise, though another fact has that number', () => {
    // Norvig's 50% is another subject's figure; Nvidia's training share is 95%.
    expect(answer('nvidia holds 50% of the ai training market, correct?')).toMatch(/^No: .*95%/);
    expect(answer('nvidia chiếm 50% thị trường đào tạo AI à')).toMatch(/^Không: .*95%/);
    // A number named as one already told asks what that figure is: not "no" from the subject's other figure.
    expect(answer('is the 600 billion what tesla spent')).not.toMatch(/^No: /);
  });

  it('answers no to an amount claimed for one cost that the article gives for another of the same company', () => {
    // $4 billion is OpenAI's inference cost; training is $3 billion.
    expect(answer('openai puts 4 billion into training, right?')).toMatch(/^No: .*\$3 billion/);
  });

  it('answers no to a number claimed under another measure than the figure that has it', () => {
    // $20 billion is big tech's AI revenue, $60 billion its spending; 95% is Nvidia's training share, not a stock gain.
    expect(answer('big tech is going to pour 20 billion a year into ai by 2026, right?')).toMatch(/^No: /);
    expect(answer('nvda stock climbed 95% since chatgpt, right?')).toMatch(/^No: /);
    // A measure word further from the number names something else.
    expect(answer('per cahn, ai has to earn 600 billion a year to pay for all the chip spending, right?')).toMatch(
      /^Yes: /,
    );
  });

  it('reads each of two numbers against the figure its own words name, and the one the fact states beside its own', () => {
    expect(answer('big tech spends 60 billion a year on ai to earn 20 billion, right?')).toMatch(/^Yes: /);
    expect(answer('big tech spends 20 billion a year on ai to earn 60 billion, right?')).toMatch(/^No: /);
  });

  it("answers no from the fact of the measure claimed when the number claimed is another fact's", () => {
    // $8.5 billion is OpenAI's operating cost, which gives no loss; the loss fact says $5 billion.
    expect(answer('is openai going to lose 8.5 billion this year?')).toMatch(/^No: .*\$5 billion/);
  });

  it('gives no Yes to a claim naming someone the article never names', () => {
    // The buyer's slot holds a name the article never uses where the fact names Google and Meta: no.
    const reply = engine.ask('did character ai try to sell itself to Apple?');
    expect(reply.factId).toBe('character-ai-sale');
    expect(reply.answer).toMatch(/^No: .*Google and Meta/);
  });

  it('says the article does not say, with the nearest fact, when a fact gives no Yes or No to a claim it names nothing of', () => {
    // A name the article never uses: no fact is the answer, however close its subject.
    const named = engine.ask('is openai raising money from softbank?');
    expect(named.answered).toBe(false);
    expect(named.answer).toMatch(/^The article doesn't say .*What it says: .*raise more cash/);
    // A claim in words no fact has, read without much confidence: the same, in Vietnamese.
    const vague = engine.ask('chính phủ mỹ đang điều tra nvidia vì độc quyền hả');
    expect(vague.answered).toBe(false);
    expect(vague.answer).toMatch(/^Bài viết không nói .*Điều bài viết nói: /);
  });

  it('answers no to a claim of being the only one from the fact that says the subject is not, wherever it ranks', () => {
    expect(answer('is openai really the only company in trouble?')).toMatch(/^No: OpenAI is not the only one/);
    expect(answer('chỉ mỗi openai gặp khó thôi à')).toMatch(/^Không: OpenAI không phải là đơn vị duy nhất/);
  });

  it('gives no Yes to a claim that the subject is the only one, from a fact that does not say so', () => {
    for (const q of ['openai is the only one losing money, right?', 'chỉ mỗi openai lỗ thôi đúng không'])
      expect(engine.ask(q).answer).not.toMatch(/^(?:Yes|Có): /);
  });

  it('gives no Yes to a claim of stopping or doing otherwise from a fact that never says so', () => {
    for (const q of [
      'did zuckerberg say meta will quit stockpiling nvidia chips?',
      'did musk say tesla would make its own chips instead of buying nvidia?',
      'zuckerberg nói meta sẽ ngừng tích trữ chip nvidia đúng không',
    ])
      expect(engine.ask(q).answer).not.toMatch(/^(?:Yes|Có): /);
  });

  it('reads a word asked against its adverb in the fact, and the negation before it: "clear" and "not clearly"', () => {
    expect(answer('so kathleen brooks thinks the payoff from ai is clear?')).toMatch(/^No: /);
  });

  it('answers no to the article written by a person the source does not name, in either language', () => {
    const en = engine.ask('did zuckerberg write this article?');
    expect(en.factId).toBe('article-origin');
    expect(en.answer).toMatch(/^No: /);
    const vi = engine.ask('bài này do Elon Musk viết hả');
    expect(vi.factId).toBe('article-origin');
    expect(vi.answer).toMatch(/^Không: /);
  });

  it('reads an unknown word typed in lower case after "to", "by", "at" as such a name', () => {
    // The buyer's slot holds a name the article never uses where the fact names Google and Meta: no.
    const reply = engine.ask('was character ai going to sell itself to apple?');
    expect(reply.factId).toBe('character-ai-sale');
    expect(reply.answer).toMatch(/^No: .*Google and Meta/);
  });

  it('reads a bound word only just before a number, and no number into a name with digits', () => {
    // "more" bounds no number here: the 3 months asked is a claim against the 12 months given.
    expect(answer("isn't it the case that openai must raise more money within 3 months to survive?")).toMatch(/^No: /);
    expect(answer('does openai need more cash within 12 months')).toMatch(/^Yes: /);
    expect(answer('did nvidia stock climb more than 500 percent since chatgpt came out')).toMatch(/^Yes: /);
    // "36kr" is the republisher's name, which the fact has too: no "36" asked against its date.
    expect(answer('36kr dang lai bai nay tu mot tai khoan wechat ha')).toMatch(/^Có: /);
  });

  it('a quoted "no" in the question negates its own noun, not the words after it', () => {
    expect(answer('musk told analysts "we have no choice" during a conference call, right?')).toMatch(/^Yes: /);
    expect(answer('did musk say tesla has no choice but to buy nvidia gpus?')).toMatch(/^Yes: /);
  });

  it('answers no to a fall the fact states as a rise, and reads no loss into "losing its position"', () => {
    expect(answer('did nvidia shares drop after chatgpt launched?')).toMatch(/^No: /);
    expect(answer('cổ phiếu nvidia có giảm từ khi chatgpt ra mắt không')).toMatch(/^Không: /);
    expect(answer('cổ phiếu nvidia có tăng từ khi chatgpt ra mắt không')).toMatch(/^Có: /);
    expect(engine.ask('is meta profitable on its ai bets this year?').answered).toBe(false);
  });

  it('answers no to an amount asked per year that the fact gives per quarter, and the other way round', () => {
    expect(answer('does google invest 12 billion dollars a year in ai?')).toMatch(/^No: /);
    expect(answer('google đầu tư 12 tỷ đô hàng quý vào AI đúng không')).toMatch(/^Có: /);
    expect(answer('will big tech spend $60 billion per quarter on ai models by 2026?')).toMatch(/^No: /);
  });

  it('answers no to a one-time event dated in another year, "most valuable" being no bound on the number', () => {
    expect(answer('was cisco the most valuable company on earth in 1997?')).toMatch(/^No: /);
    expect(answer('cisco la cong ty gia tri nhat the gioi nam 2000 dung ko')).toMatch(/^Có: /);
  });

  it('"không phải là …" negates the whole phrase after the copula', () => {
    expect(answer('openai la ben duy nhat gap kho ha')).toMatch(/^Không: /);
  });

  it('a yes/no claim about what drives spending is answered from the fact that says so, a revenue asked is not', () => {
    expect(answer('does cahn think revenue is what pushes ai capital spending?')).toMatch(/^No: /);
    expect(engine.ask('does sequoia have big revenue').answered).toBe(false);
  });

  it('reads a number against the figure the question names when a fact gives several of one unit', () => {
    expect(answer('did cisco hold 85% of the network switching market?')).toMatch(/^No: /);
    expect(answer('cisco nam 70% thi phan chuyen mach dung ko')).toMatch(/^Có: /);
  });

  it('hearsay ("my friend swears") is chat, and "blew … on" is spending', () => {
    expect(answer('my friend swears tesla blew 600 million on ai this quarter, true?')).toMatch(/^Yes: /);
  });

  it('"xem … thế nào" (see how) is the object of seeing, not a wh-question', () => {
    expect(isYesNoQuestion('cac ong lon dam may co the doi xem cong nghe phat trien ra sao khong')).toBe(true);
    expect(isYesNoQuestion('cong nghe ai phat trien ra sao')).toBe(false);
    expect(answer('cac ong lon dam may co the doi xem cong nghe phat trien ra sao khong')).toMatch(/^Không: /);
  });

  it('answers no to a comparison the fact states the other way round, in either language', () => {
    expect(answer('does pichai think over-investment is a greater risk than under-investment?')).toMatch(/^No: /);
    expect(answer('theo pichai thì đầu tư quá mức rủi ro lớn hơn đầu tư dưới mức đúng không')).toMatch(/^Không: /);
    // The same order as the fact's: yes, though "no choice" stands a few words before its "risk".
    expect(answer('for pichai is the risk of underinvesting larger than the risk of overinvesting?')).toMatch(/^Yes: /);
  });

  it('answers no to a translated wording defined in words neither the fact nor its note uses', () => {
    expect(answer('"lập bản đồ AI" là vẽ bản đồ số bằng AI à')).toMatch(/^Không: /);
    expect(answer('does "chi phi ly luan" mean money spent on theoretical research?')).toMatch(/^No: /);
    expect(answer('chi phí lý luận nghĩa là chi phí suy luận đúng không')).toMatch(/^Có: /);
    expect(answer('lập bản đồ AI thực ra là tạo ảnh bằng AI hả')).toMatch(/^Có: /);
  });

  it('a question about what the writer settles or claims is about the content, not the source', () => {
    expect(engine.ask('did the author resolve whether ai is a bubble?').kind).not.toBe('source');
    expect(answer('tác giả khẳng định cuộc tranh cãi bong bóng AI đã ngã ngũ à')).not.toMatch(/^Có: /);
    expect(engine.ask('who is the writer of this piece?').kind).toBe('source');
  });

  it('answers no to "settled" against a debate that goes on, and to "in line with" against "the opposite of"', () => {
    expect(answer('has the argument about an ai bubble been settled by now?')).toMatch(/^No: /);
    expect(
      answer(
        'the goldman research head claims costly tech replacing low-paid work fits in line with what he observed?',
      ),
    ).toMatch(/^No: /);
    expect(
      answer("covello reckons pricey tech taking over low-wage jobs is just like the shifts he's watched, true?"),
    ).toMatch(/^No: /);
    expect(answer('covello bảo dùng công nghệ đắt thay việc lương thấp y hệt xu hướng 30 năm qua hả')).toMatch(
      /^Không: /,
    );
  });

  it('a wh-word opening a clause after a preposition leaves an English claim a yes/no question', () => {
    expect(
      isStatementQuestion(
        'x says it is in line with what he saw before?',
        'x says it is in line with what he saw before',
      ),
    ).toBe(true);
    expect(isStatementQuestion('x says it is in line with what?', 'x says it is in line with what')).toBe(false);
  });

  it('reads "does X work at Y" against the organisation the knowledge records for the person', () => {
    expect(answer('norvig lam viec cho google research phai ko')).toMatch(/^Có: /);
    expect(answer('so peter norvig works for google research?')).toMatch(/^Yes: /);
    // Another organisation the knowledge knows, no part of Google Research: no (dev-l), as for one it does not know.
    expect(answer('peter norvig works at nvidia, right?')).toMatch(/^No: /);
    // A part of it (or what it is part of) may be meant: no verdict.
    expect(answer('peter norvig works at google, right?')).not.toMatch(/^No: /);
  });

  it("a claim in the article's mistranslated wording whose figure agrees holds: it only names the cost", () => {
    expect(answer('chi phí lý luận của OpenAI năm nay là 4 tỷ đô hả')).toMatch(/^Có: /);
    expect(answer('chi phi ly luan cua openai la 9 ty usd dung ko')).toMatch(/^Không: /);
    // A definition in other words is still not what the wording means: never a yes.
    expect(answer('chi phí lý luận là tiền nghiên cứu triết học à')).not.toMatch(/^Có: /);
  });

  it('a figure that agrees does not save a definition mostly in words the fact does not use', () => {
    expect(
      answer("so the 'chi phi ly luan' line means openai pays 4bn to philosophers writing theory, right?"),
    ).toMatch(/^No: /);
    expect(answer('chi phí lý luận nghĩa là 4 tỷ đô trả cho giáo sư triết học hả')).toMatch(/^Không: /);
    expect(answer('chi phí lý luận nghĩa là 4 tỷ usd chi phí suy luận hả')).toMatch(/^Có: /);
  });

  it('reads no negation into "khổng lồ" (giant), which folds to "khong lo"', () => {
    expect(answer('magnificent seven la nhom co phieu cong nghe cua my dung ko')).toMatch(/^Có: /);
    expect(answer('mấy gã khổng lồ công nghệ vẫn rót tiền mạnh vào AI đúng không')).toMatch(/^Có: /);
    expect(answer('openai khong lo nam nay dung ko')).toMatch(/^Không: /);
    // The fact's own "không" (the market was not pleased) still negates.
    expect(answer('google va tesla cong bo ket qua lam thi truong hai long dung ko')).toMatch(/^Không: /);
  });

  it('keeps its verdict with chatter before or after it: the question without the chatter is the one replied to', () => {
    expect(answer('sorry if dumb but is stability ai cutting jobs')).toMatch(/^Yes: /);
    expect(answer('sorry if dumb but was cisco worth over 500 billion in 2000')).toMatch(/^Yes: /);
    expect(answer('nvidia sells the shovels in this gold rush, right? haha')).toMatch(/^Yes: /);
  });
});
