package io.fundmatch.service.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.fundmatch.service.ServiceTestBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The web page in headless Chromium: an SME fills the form and sees opportunity cards; an officer logs in,
 * picks an area, sees the ranked table and exports the CSV; an administrator creates a district officer's
 * account on the page, and that officer signs in and sees only the district. Screenshots go to target/screenshots.
 */
class WebPageBrowserTest extends ServiceTestBase {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void smeSeesCardsAndOfficerExportsCsv() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(HeadlessChromium.BINARY), "chromium is not installed");
        Path build = Path.of(System.getProperty("fundmatch.screenshots", "target/screenshots"))
                .toAbsolutePath();
        Path shots = Files.createDirectories(build);
        Path work = Files.createTempDirectory("fundmatch-chromium");
        Path downloads = Files.createDirectories(work.resolve("downloads"));
        try (HeadlessChromium chrome = new HeadlessChromium(work.resolve("profile"), 1280, 900)) {
            chrome.allowDownloadsTo(downloads);
            chrome.navigate("http://127.0.0.1:" + port + "/");
            chrome.waitUntil("document.querySelector('#sme-form') !== null", WAIT);

            // the SME fills the form as a person would and asks
            chrome.eval("""
                    (() => { const set = (id, v) => { const e = document.querySelector(id); e.value = v;
                      e.dispatchEvent(new Event('input', {bubbles: true})); };
                    set('#f-name', '杭州视联智能检测技术有限公司'); set('#f-province', '浙江省'); set('#f-city', '杭州市');
                    set('#f-district', '滨江区'); set('#f-spec', '工业视觉检测设备与人工智能算法');
                    set('#f-scope', '人工智能应用软件开发；智能检测装备制造；工业互联网数据采集；软件开发');
                    document.querySelector('input[value="科技型中小企业"]').checked = true;
                    document.querySelector('#sme-submit').click(); return true; })()""");
            chrome.waitUntil("document.querySelectorAll('#cards .card').length > 0", WAIT);
            assertThat(chrome.eval("document.querySelector('#cards .card h3').textContent")
                            .asText())
                    .isNotBlank();
            assertThat(chrome.eval("document.querySelector('#cards .card .badge').textContent")
                            .asText())
                    .isIn("符合条件", "需核实");
            assertThat(chrome.eval("document.querySelector('#sme-status').classList.contains('error')")
                            .asBoolean())
                    .isFalse();
            chrome.screenshot(shots.resolve("1-sme-cards.png"), false);
            chrome.screenshot(shots.resolve("1-sme-cards-full.png"), true);

            // feedback button
            chrome.eval("document.querySelector('#cards .card .fb button[data-kind=saved]').click()");
            chrome.waitUntil("document.querySelector('#cards .card .fb button.done') !== null", WAIT);

            // phone width
            chrome.viewport(390, 844);
            chrome.screenshot(shots.resolve("2-sme-phone.png"), false);
            chrome.viewport(1280, 900);

            // the officer logs in, picks an area, sees the ranking and exports it
            chrome.eval("document.querySelector('#tab-officer').click()");
            chrome.eval("""
                    (() => { document.querySelector('#l-user').value = 'officer';
                    document.querySelector('#l-pass').value = 'officer-pass';
                    document.querySelector('#login-submit').click(); return true; })()""");
            chrome.waitUntil("document.querySelectorAll('#area-list li').length > 0", WAIT);
            chrome.eval("""
                    (() => { document.querySelector('#a-q').value = '芯片';
                    document.querySelector('#a-go').click(); return true; })()""");
            chrome.waitUntil(
                    "document.querySelector('#area-list li') && document.querySelector('#area-list li').textContent.includes('芯片')",
                    WAIT);
            chrome.eval("document.querySelector('#area-list li').click()");
            chrome.waitUntil("document.querySelectorAll('#ranking tbody tr').length > 0", WAIT);
            chrome.screenshot(shots.resolve("3-officer-ranking.png"), true);
            chrome.eval("document.querySelector('#export-csv').click()");
            chrome.waitUntil("document.querySelector('#officer-status').dataset.csvRows > 0", WAIT);
            Path csv = waitForCsv(downloads);
            assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF排名,企业名称");

            // an administrator creates a 西城区 liaison officer on the 管理 tab; the officer signs in through the
            // page's own form and sees only that district
            chrome.eval("document.querySelector('#logout').click()");
            chrome.waitUntil("document.querySelector('#officer-main').classList.contains('hidden')", WAIT);
            chrome.eval("""
                    (() => { document.querySelector('#l-user').value = 'admin';
                    document.querySelector('#l-pass').value = 'admin-pass';
                    document.querySelector('#login-submit').click(); return true; })()""");
            chrome.waitUntil("!document.querySelector('#admin-main').classList.contains('hidden')", WAIT);
            chrome.eval("document.querySelector('#tab-admin').click()");
            chrome.eval("""
                    (() => { document.querySelector('#acc-user').value = 'officer-xc-web';
                    document.querySelector('#acc-pass').value = 'xicheng-web-1';
                    document.querySelector('#acc-region').value = '北京市西城区';
                    document.querySelector('#acc-create').click(); return true; })()""");
            chrome.waitUntil("document.querySelector('#acc-status').textContent.includes('officer-xc-web')", WAIT);
            chrome.waitUntil("document.querySelector('#acc-list').textContent.includes('北京市西城区')", WAIT);
            chrome.screenshot(shots.resolve("4-admin-accounts.png"), true);
            chrome.eval("document.querySelector('#logout').click()");
            chrome.waitUntil("document.querySelector('#admin-main').classList.contains('hidden')", WAIT);
            chrome.eval("document.querySelector('#tab-officer').click()");
            chrome.eval("""
                    (() => { document.querySelector('#l-user').value = 'officer-xc-web';
                    document.querySelector('#l-pass').value = 'xicheng-web-1';
                    document.querySelector('#login-submit').click(); return true; })()""");
            chrome.waitUntil("document.querySelector('#who').textContent.includes('西城区')", WAIT);
            chrome.waitUntil("document.querySelectorAll('#area-list li').length > 0", WAIT);
            chrome.eval("""
                    (() => { const f = document.querySelector('#flt-status'); f.value = '';
                    f.dispatchEvent(new Event('change', {bubbles: true}));
                    document.querySelector('#area-list li').click(); return true; })()""");
            chrome.waitUntil(
                    "document.querySelector('#officer-status').dataset.rankedArea === "
                            + "document.querySelector('#area-list li').dataset.area",
                    WAIT);
            chrome.waitUntil("document.querySelectorAll('#ranking tbody tr td:nth-child(3)').length > 0", WAIT);
            chrome.screenshot(shots.resolve("5-district-officer-ranking.png"), true);
            var regions = chrome.eval(
                            "JSON.stringify(Array.from(document.querySelectorAll('#ranking tbody tr td:nth-child(3)')).map(td => td.textContent))")
                    .asText();
            assertThat(JSON.readTree(regions))
                    .allSatisfy(r -> assertThat(r.asText()).contains("西城区"));
        }
    }

    @Test
    void adminSeesTheStoredDocumentsAndRegistry() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(HeadlessChromium.BINARY), "chromium is not installed");
        Path shots = Files.createDirectories(Path.of(System.getProperty("fundmatch.screenshots", "target/screenshots"))
                .toAbsolutePath());
        Path work = Files.createTempDirectory("fundmatch-chromium-admin");
        try (HeadlessChromium chrome = new HeadlessChromium(work.resolve("profile"), 1280, 900)) {
            chrome.navigate("http://127.0.0.1:" + port + "/#officer");
            chrome.waitUntil("document.querySelector('#l-user') !== null", WAIT);
            chrome.eval("""
                    (() => { document.querySelector('#l-user').value = 'admin';
                    document.querySelector('#l-pass').value = 'admin-pass';
                    document.querySelector('#login-submit').click(); return true; })()""");
            chrome.waitUntil("!document.querySelector('#admin-main').classList.contains('hidden')", WAIT);
            chrome.eval("document.querySelector('#tab-admin').click()");
            chrome.waitUntil("document.querySelectorAll('#doc-list tbody tr').length >= 3", WAIT);
            assertThat(chrome.eval("document.querySelector('#doc-list tbody').textContent")
                            .asText())
                    .contains("有效", "startup")
                    .contains("撤回");
            chrome.eval("""
                    (() => { document.querySelector('#ent-q').value = '杭州';
                    document.querySelector('#ent-search button').click(); return true; })()""");
            chrome.waitUntil("document.querySelectorAll('#ent-list tbody tr').length > 0", WAIT);
            assertThat(chrome.eval("document.querySelector('#ent-list tbody').textContent")
                            .asText())
                    .contains("sample_registry.tsv");
            chrome.screenshot(shots.resolve("4-admin-records.png"), true);
        }
    }

    private static Path waitForCsv(Path folder) throws IOException, InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (Stream<Path> s = Files.list(folder)) {
                var csv = s.filter(p -> p.toString().endsWith(".csv")).findFirst();
                if (csv.isPresent()) return csv.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no CSV was downloaded to " + folder);
    }
}
