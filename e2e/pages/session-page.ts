import { expect, type Locator, type Page } from '@playwright/test';

export interface QuizQuestion {
  id: string;
  type: 'single' | 'multiple' | 'true-false' | 'matching' | 'scenario';
  prompt: string;
  options: { id: string; text: string }[];
  answer: string[];
  pairs: { left: string; right: string }[];
}

export interface QuizDetail {
  id: string;
  title: string;
  questions: QuizQuestion[];
}

export type AnswerStyle = 'right' | 'wrong';

/** #/sessions, #/session/<id> with its tabs, and the quiz-taking screen. */
export class SessionPage {
  readonly tabs: Locator;
  readonly prompt: Locator;

  constructor(readonly page: Page) {
    this.tabs = page.getByRole('tablist', { name: 'Workshop sections' });
    this.prompt = page.locator('.ws-question__prompt');
  }

  tab(name: string): Locator {
    return this.tabs.getByRole('tab', { name, exact: true });
  }

  async openTab(name: string): Promise<Locator> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
    return this.page.getByRole('tabpanel', { name });
  }

  async createWorkshop(input: {
    title: string;
    start: string;
    end: string;
    place: string;
    country: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'New workshop' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New workshop' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Title').fill(input.title);
    await dialog.getByLabel('First day').fill(input.start);
    await dialog.getByLabel('Last day').fill(input.end);
    await dialog.getByLabel('Place').fill(input.place);
    await dialog.getByLabel('Target countries').selectOption(input.country);
    await dialog.getByRole('button', { name: 'Create workshop' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('heading', { level: 1, name: input.title })).toBeVisible();
  }

  /** Starts a quiz for one participant from the Quizzes tab. */
  async startQuiz(participant: string, quizTitle: RegExp, paper: boolean): Promise<void> {
    const panel = await this.openTab('Quizzes');
    await panel.getByLabel('Participant').selectOption({ label: participant });
    const quiz = panel.getByLabel('Quiz', { exact: true });
    const option = quiz.locator('option').filter({ hasText: quizTitle }).first();
    await quiz.selectOption((await option.getAttribute('value')) ?? '');
    await panel
      .getByRole('button', { name: paper ? 'Enter a paper quiz' : 'Start the quiz' })
      .click();
    await expect(this.page.getByText(/^Question \d+ of \d+$/).first()).toBeVisible();
  }

  /** Types one participant's paper sheet into the grid, every row right or wrong, and saves it. */
  async enterPaper(
    participant: string,
    quizTitle: RegExp,
    quiz: QuizDetail,
    style: AnswerStyle,
  ): Promise<void> {
    const panel = await this.openTab('Quizzes');
    await panel.getByLabel('Participant').selectOption({ label: participant });
    const select = panel.getByLabel('Quiz', { exact: true });
    const option = select.locator('option').filter({ hasText: quizTitle }).first();
    await select.selectOption((await option.getAttribute('value')) ?? '');
    await panel.getByRole('button', { name: 'Enter a paper quiz' }).click();
    const rows = this.page.getByTestId('paper-row');
    await expect(rows).toHaveCount(quiz.questions.length);
    const letter = (i: number) => String.fromCharCode(97 + i);
    for (const [n, q] of quiz.questions.entries()) {
      const row = rows.nth(n);
      if (q.type === 'matching') {
        const rights = [...new Set(q.pairs.map((p) => p.right))].sort((a, b) => a.localeCompare(b));
        for (const [i, pair] of q.pairs.entries()) {
          const right = style === 'right' ? pair.right : rights.find((r) => r !== pair.right)!;
          await row
            .getByRole('combobox')
            .nth(i)
            .selectOption({ label: `${letter(rights.indexOf(right))} · ${right}` });
        }
        continue;
      }
      const key = new Set(q.answer);
      const several = q.type === 'multiple' || (q.type === 'scenario' && key.size > 1);
      const chosen =
        style === 'right'
          ? q.options.filter((o) => key.has(o.id))
          : [q.options.find((o) => !key.has(o.id))!];
      for (const o of chosen) {
        const i = q.options.indexOf(o);
        await row
          .getByRole(several ? 'checkbox' : 'radio', {
            name: `${letter(i)}: ${o.text}`,
            exact: true,
          })
          .check();
      }
    }
    await expect(
      this.page.getByText(
        `${quiz.questions.length} of ${quiz.questions.length} questions filled in`,
      ),
    ).toBeVisible();
    await this.page.getByRole('button', { name: 'Save the sheet' }).click();
    await expect(this.page.getByTestId('paper-score')).toBeVisible();
  }

  /** Holds the quiz lock's button until the window is unlocked and back on the workshop. */
  async unlock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Facilitator: hold to unlock' }).hover();
    await this.page.mouse.down();
    await expect(this.page.getByTestId('quiz-lock')).toBeHidden({ timeout: 30_000 });
    await this.page.mouse.up();
  }

  /** Answers the question on screen, right or wrong as asked, and sends it. */
  async answerCurrent(quiz: QuizDetail, style: AnswerStyle, paper: boolean): Promise<QuizQuestion> {
    const text = (await this.prompt.textContent())?.trim() ?? '';
    const question = quiz.questions.find((q) => q.prompt.trim() === text);
    if (!question) throw new Error(`no question with the prompt ${text}`);
    const key = new Set(question.answer);
    if (question.type === 'matching') {
      const rights = question.pairs.map((p) => p.right);
      for (const [i, pair] of question.pairs.entries()) {
        const right =
          style === 'right' ? pair.right : (rights[(i + 1) % rights.length] ?? pair.right);
        await this.page.getByLabel(pair.left, { exact: true }).selectOption({ label: right });
      }
    } else {
      const several =
        question.type === 'multiple' || (question.type === 'scenario' && key.size > 1);
      const role = several ? 'checkbox' : 'radio';
      const chosen =
        style === 'right'
          ? question.options.filter((o) => key.has(o.id))
          : [question.options.find((o) => !key.has(o.id)) ?? question.options[0]!];
      for (const option of chosen)
        await this.page.getByRole(role, { name: option.text, exact: true }).check();
    }
    const send = this.page.getByRole('button', {
      name: paper ? /^Save (and next|answer)$/ : 'Check answer',
    });
    await send.click();
    if (!paper) await expect(this.page.getByTestId('feedback')).toBeVisible();
    return question;
  }

  /** Answers every question from the current one to the end, then finishes. */
  async answerAll(quiz: QuizDetail, style: AnswerStyle, paper: boolean): Promise<void> {
    const total = quiz.questions.length;
    for (let n = 1; n <= total; n++) {
      await expect(this.page.getByText(`Question ${n} of ${total}`, { exact: true })).toBeVisible();
      await this.answerCurrent(quiz, style, paper);
      if (n < total && !paper)
        await this.page.getByRole('button', { name: 'Next question' }).click();
    }
    await expect(this.page.getByText(`${total} of ${total} answered`).first()).toBeVisible();
    await this.page.getByRole('button', { name: 'Finish the quiz' }).click();
    await expect(this.page.getByTestId('attempt-score')).toBeVisible();
  }
}
