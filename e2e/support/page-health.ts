import type { Page } from '@playwright/test';

// A string, not a function: e2e code is type-checked without the DOM library.
const REPORT_CSP_VIOLATIONS = `
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'));
  });
`;

/**
 * Collects what a healthy page never produces: console errors, uncaught exceptions and
 * Content-Security-Policy violations. Tests that provoke an error on purpose (a 401, a 404)
 * declare the message they expect with allow().
 */
export class PageHealth {
  private readonly problems: string[] = [];
  private readonly allowed: RegExp[] = [];

  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  async watch(page: Page): Promise<void> {
    // Runs before any page script; the event has no console echo of its own everywhere.
    await page.addInitScript(REPORT_CSP_VIOLATIONS);
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.problems.push(`uncaught: ${error.message}`));
  }

  unexpected(): string[] {
    return this.problems.filter(
      (problem) => !this.allowed.some((pattern) => pattern.test(problem)),
    );
  }
}
