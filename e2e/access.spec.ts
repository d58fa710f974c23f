import { expect, test } from './fixtures';
import { AccessPage } from './pages/access-page';
import { expectAccessible } from './support/axe';

test('without the token the app explains what is missing', async ({ page, server, health }) => {
  health.allow(/status of 401/); // the refused API call itself
  await page.goto(`${server.origin}/`);
  const access = new AccessPage(page);
  await expect(access.heading).toBeVisible();
  await expect(access.explanation).toContainText('?token=');
  await expectAccessible(page, 'access denied');
});

test('a wrong token is refused the same way', async ({ page, server, health }) => {
  health.allow(/status of 401/);
  await page.goto(`${server.origin}/?token=not-the-right-token-at-all`);
  await expect(new AccessPage(page).heading).toBeVisible();
});
