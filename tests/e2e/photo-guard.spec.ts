// The photo guard in the replica composers (issue 6): photos attached through the sites' own file
// inputs (X Chat's inside its shadow root), pasted and dropped, are checked on the device, their
// findings shown in the warning dialog with the text's, and the site's own upload handler still
// receives every file byte for byte.
import { MAX_PHOTO_BYTES } from '../../lib/photo/host-messages';
import { jpegWithGps, plainJpeg } from '../support/exif-gps';
import { expect, test } from './fixture';
import { clearHistory, hasOffscreenDocument, storedEvents } from './pages/extension-pages';
import { dialog, installPack, typeInto } from './pages/guard';
import { CHECKED, expectSentAfterCheck, expectUploaded, pasteOrDrop, photo, signPhoto } from './pages/photos';
import { testPack } from './pages/test-pack';
import { openRenderer } from '../../scripts/photos/renderer';
import { uniformPortrait } from '../../scripts/photos/set-uniform';
import { UNIFORM_COLOURS } from '../../scripts/photos/setting';
import { WALK, sent } from './replicas/expect-sent';

/** Where the invented setting is; the GPS photo was taken about 60 m north of it. */
const HOME = { latitude: 51.5014, longitude: -0.1419 };
const NEAR = { latitude: 51.50194, longitude: -0.1419 };
const NEAR_WORDS = 'This photo records where it was taken: about 60 m from the setting';

const photoSection = (page: Parameters<typeof dialog>[0]) =>
  dialog(page).getByRole('region', { name: 'In your photo', exact: true });

test.describe('photo guard', () => {
  // The first photo on a page loads the face and OCR models.
  test.describe.configure({ timeout: 60_000 });

  test.beforeEach(async ({ page, serviceWorker }) => {
    void page; // requested first: the page fixture clears storage
    const pack = testPack();
    pack.setting.coordinates = HOME;
    pack.photos.uniformColours = [UNIFORM_COLOURS.green];
    await installPack(serviceWorker, pack);
  });

  test('X post: a photo from the toolbar input with GPS tags gets a location warning; X still gets the file', async ({
    page,
  }) => {
    await page.goto('https://x.com/home');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]').first(), WALK);
    const gps = photo('walk.jpg', jpegWithGps({ ...NEAR, width: 64, height: 48 }));
    await page.locator('[data-testid="toolBar"] input[data-testid="fileInput"]').setInputFiles(gps);
    await expectUploaded(page, 'x.post', gps);
    await expect(page.locator('[data-testid="attachments"] img[src^="blob:"]')).toHaveCount(1);

    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect(photoSection(page)).toContainText(NEAR_WORDS, CHECKED);
    await expect(
      photoSection(page).getByRole('img', { name: /^Your photo, walk\.jpg: 1 thing found/ }),
    ).toBeVisible();
    expect(await sent(page)).toEqual([]);
    await dialog(page).getByRole('button', { name: 'Post anyway', exact: true }).click();
    await expectSentAfterCheck(page, { surface: 'x.post', text: WALK });
  });

  test('X post: a person in the work uniform gets the people and uniform findings, with the consent rule', async ({
    page,
    serviceWorker,
  }) => {
    const renderer = await openRenderer();
    const portrait = photo('team.jpg', await uniformPortrait(renderer));
    await renderer.close();
    await page.goto('https://x.com/home');
    await page.locator('[data-testid="toolBar"] input[data-testid="fileInput"]').setInputFiles(portrait);
    await expectUploaded(page, 'x.post', portrait);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect(photoSection(page)).toContainText('This may show the work uniform', CHECKED);
    await expect(photoSection(page)).toContainText('This photo shows 1 person');
    await expect(photoSection(page)).toContainText(
      'We have prior written permission in place from parents / carers before posting any images of children',
    );
    await expect(
      photoSection(page).getByRole('img', { name: /^Your photo, team\.jpg: 2 things found/ }),
    ).toBeVisible();
    expect(await sent(page)).toEqual([]);
    // The checks ran in the offscreen document, not in the page or the service worker.
    expect(await hasOffscreenDocument(serviceWorker)).toBe(true);
  });

  test('X post with a photo and no text: the photo alone is checked', async ({ page }) => {
    await page.goto('https://x.com/home');
    const gps = photo('alone.jpg', jpegWithGps({ ...NEAR, width: 64, height: 48 }));
    await page.locator('[data-testid="toolBar"] input[data-testid="fileInput"]').setInputFiles(gps);
    await expectUploaded(page, 'x.post', gps);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect(photoSection(page)).toContainText(NEAR_WORDS, CHECKED);
    await dialog(page).getByRole('button', { name: 'Post anyway', exact: true }).click();
    await expectSentAfterCheck(page, { surface: 'x.post', text: '' });
    // The editor stays empty after a photo-only post: that is not a resend the site ignored.
    await page.waitForTimeout(2000);
    await expect(dialog(page)).toHaveCount(0);
  });

  test("X Chat: a photo from the file input inside X Chat's shadow root is checked before Send", async ({
    page,
  }) => {
    await page.goto('https://x.com/i/chat/4002');
    const chat = page.locator('[data-testid="xchatEmbedRoute"]');
    await typeInto(page, chat.locator('textarea[data-testid="dm-composer-textarea"]'), WALK);
    const gps = photo('park.jpg', jpegWithGps({ ...NEAR, width: 64, height: 48 }));
    await chat.locator('input[data-testid="dm-composer-file-input"]').setInputFiles(gps);
    await expectUploaded(page, 'x.chat', gps);
    await page.keyboard.press('Enter');
    await expect(photoSection(page)).toContainText(NEAR_WORDS, CHECKED);
    expect(await sent(page)).toEqual([]);
  });

  test('Facebook post: a sign with the setting\'s name, through "Photo/video", gets a words-in-the-photo warning', async ({
    page,
    context,
  }) => {
    const sign = await signPhoto(context, 'Little Acorns Nursery');
    await page.goto('https://www.facebook.com/');
    await page.getByRole('button', { name: "What's on your mind, Sam?" }).first().click();
    const composer = page.getByRole('dialog', { name: 'Create post' });
    await typeInto(page, composer.locator('[data-lexical-editor="true"]'), WALK);
    await expect(composer.getByRole('button', { name: 'Photo/video', exact: true })).toBeVisible();
    await composer
      .locator('input[type="file"][multiple][accept="image/*,image/heif,image/heic,video/*"]')
      .setInputFiles(sign);
    await expectUploaded(page, 'facebook.post', sign);
    await composer.getByRole('button', { name: 'Post', exact: true }).click();
    await expect(photoSection(page)).toContainText('Little Acorns Nursery', CHECKED);
    await expect(photoSection(page)).toContainText('Words in the photo');
    await expect(photoSection(page).getByTestId('photo-box').first()).toBeVisible();
    expect(await sent(page)).toEqual([]);
  });

  test('Instagram: a photo chosen before the caption is written is checked when Share is pressed', async ({
    page,
  }) => {
    await page.goto('https://www.instagram.com/');
    await page.locator('svg[aria-label="New post"]').click();
    const create = page.getByRole('dialog');
    const gps = photo('garden.jpg', jpegWithGps({ ...NEAR, width: 64, height: 48 }));
    await create.locator('input[type="file"][accept^="image/avif"]').setInputFiles(gps);
    await expectUploaded(page, 'instagram.caption', gps);
    await typeInto(page, create.locator('[data-lexical-editor="true"]'), WALK);
    await create.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(photoSection(page)).toContainText(NEAR_WORDS, CHECKED);
    expect(await sent(page)).toEqual([]);
  });

  test('X post: a clean photo pasted into the editor is checked, then the post goes through', async ({
    page,
  }) => {
    await page.goto('https://x.com/home');
    const editor = page.locator('[data-testid="tweetTextarea_0"]').first();
    await typeInto(page, editor, WALK);
    const clean = photo('sky.jpg', plainJpeg({ width: 64, height: 48 }));
    await pasteOrDrop(editor, 'paste', clean);
    await expectUploaded(page, 'x.post', clean);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expectSentAfterCheck(page, { surface: 'x.post', text: WALK });
    await expect(dialog(page)).toHaveCount(0);
  });

  test('Facebook post: a GPS photo dropped into the editor gets the location warning', async ({ page }) => {
    await page.goto('https://www.facebook.com/');
    await page.getByRole('button', { name: "What's on your mind, Sam?" }).first().click();
    const composer = page.getByRole('dialog', { name: 'Create post' });
    const editor = composer.locator('[data-lexical-editor="true"]');
    await typeInto(page, editor, WALK);
    const gps = photo('dropped.jpg', jpegWithGps({ ...NEAR, width: 64, height: 48 }));
    await pasteOrDrop(editor, 'drop', gps);
    await expectUploaded(page, 'facebook.post', gps);
    await composer.getByRole('button', { name: 'Post', exact: true }).click();
    await expect(photoSection(page)).toContainText(NEAR_WORDS, CHECKED);
  });

  test('a photo over 25 MB is not checked, and staff are told so when attaching and after posting', async ({
    page,
  }) => {
    // JPEG's start-of-image marker, then padding: never decoded, since it is too large to check.
    const bytes = new Uint8Array(MAX_PHOTO_BYTES + 1024);
    bytes.set([0xff, 0xd8, 0xff, 0xe0]);
    const huge = photo('huge.jpg', bytes);
    await page.goto('https://x.com/home');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]').first(), WALK);
    await page.locator('[data-testid="toolBar"] input[data-testid="fileInput"]').setInputFiles(huge);
    const notice = page.getByTestId('photo-notice');
    await expect(notice).toContainText('huge.jpg is larger than 25 MB, so it will not be checked.');
    await expectUploaded(page, 'x.post', huge);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expectSentAfterCheck(page, { surface: 'x.post', text: WALK });
    await expect(notice).toContainText(
      'Your post went out, but a photo was not fully checked. huge.jpg: This photo was not checked: it is larger than 25 MB.',
    );
  });

  test("the history records the photo's category and check kind, never the photo or its name", async ({
    page,
    context,
    serviceWorker,
  }) => {
    await clearHistory(context, serviceWorker);
    await page.goto('https://x.com/home');
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]').first(), WALK);
    const gps = photo('history-walk.jpg', jpegWithGps({ ...NEAR, width: 64, height: 48 }));
    await page.locator('[data-testid="toolBar"] input[data-testid="fileInput"]').setInputFiles(gps);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect(photoSection(page)).toContainText(NEAR_WORDS, CHECKED);
    await dialog(page).getByRole('button', { name: 'Edit', exact: true }).click();

    await expect.poll(async () => (await storedEvents(serviceWorker)).length).toBe(1);
    const [row] = await storedEvents(serviceWorker);
    expect(row).toMatchObject({
      platform: 'x',
      surface: 'x.post',
      categories: ['setting-name'],
      photoKinds: ['location'],
      choice: 'edited',
    });
    const raw = JSON.stringify(row);
    for (const piece of ['history-walk', 'data:', 'blob:', WALK]) expect(raw).not.toContain(piece);
  });
});
