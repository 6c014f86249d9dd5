// Screenshots of the editors' web interface for docs/huong-dan-bien-tap.md: the steps of publishing a
// news article and recording a task's progress, taken on a temporary copy of the test content.
import { mkdirSync } from 'node:fs';
import { lo, openCms, pick, publish, vi } from '../tests/support/cms-session.ts';

export async function cmsScreens(out: string) {
  mkdirSync(out, { recursive: true });
  const cms = await openCms();
  const shot = async (page: import('playwright-core').Page, name: string, fullPage = false) => {
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/${name}.png`, fullPage });
    console.log(`${out}/${name}.png`);
  };
  try {
    const signIn = await cms.page(1280, 800, false);
    await shot(signIn, '01-dang-nhap');
    await signIn.context().close();

    const page = await cms.page(1280, 800);
    // Leaving an unsaved entry asks "leave anyway?": yes, these entries are examples.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${cms.url}#/collections/news`);
    await page.getByText('Tuyên Quang ban hành kế hoạch').first().waitFor();
    await shot(page, '02-danh-sach-tin');

    await page.goto(`${cms.url}#/collections/news/new`);
    await (await vi(page, 'Tiêu đề')).fill('Tuyên Quang sơ kết Biên bản hợp tác với tỉnh Xiêng Khoảng');
    await (await vi(page, /^Tóm tắt/)).fill('Hội nghị sơ kết việc thực hiện Biên bản hợp tác giai đoạn 2021-2025.');
    await (await vi(page, /^Ngày đăng tin/)).fill('2026-11-20');
    await pick(page, vi(page, /^Thỏa thuận liên quan/), 'Tuyên Quang');
    await (await lo(page, 'Tiêu đề')).fill('ແຂວງຕວຽນກວາງ ສະຫຼຸບບົດບັນທຶກການຮ່ວມມືກັບແຂວງຊຽງຂວາງ');
    await (await lo(page, /^Tóm tắt/)).fill('ກອງປະຊຸມສະຫຼຸບການຈັດຕັ້ງປະຕິບັດບົດບັນທຶກການຮ່ວມມື ໄລຍະ 2021-2025.');
    await shot(page, '03-tin-moi-hai-thu-tieng');

    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByRole('menuitem', { name: 'Công bố ngay' }).waitFor();
    await shot(page, '04-cong-bo');
    await page.keyboard.press('Escape');

    await page.goto(`${cms.url}#/collections/milestones/entries/tuyen-quang-xiangkhouang-2021-2025/ii-2-1`);
    const add = page.getByRole('button', { name: /báo cáo tiến độ/i }).first();
    await add.click();
    await (await vi(page, 'Ngày báo cáo')).fill('2026-11-20');
    await (await vi(page, 'Tình trạng')).click();
    await page.getByRole('option', { name: /Đang thực hiện/ }).click();
    await (await vi(page, 'Tiếng Việt', 'last')).fill('Đã tiếp nhận đợt đầu học sinh, sinh viên.');
    await (await vi(page, 'Tiếng Việt', 'last')).scrollIntoViewIfNeeded();
    await shot(page, '05-bao-cao-tien-do');

    await page.goto(`${cms.url}#/collections/milestones/new`);
    await (await vi(page, /^Thời gian thực hiện/)).fill('Quý V/2026');
    await publish(page);
    await page.getByText('Bạn còn thiếu vài thông tin bắt buộc').waitFor();
    await (await vi(page, /^Thời gian thực hiện/)).scrollIntoViewIfNeeded();
    await shot(page, '06-loi-can-sua');
    await page.context().close();
  } finally {
    await cms.close();
  }
}
