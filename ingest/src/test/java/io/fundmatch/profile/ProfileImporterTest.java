package io.fundmatch.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.reference.EntityType;
import io.fundmatch.reference.Qualifications;
import io.fundmatch.reference.Region;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileImporterTest {

    private static final ProfileImporter IMPORTER = new ProfileImporter();
    private static final Charset GBK = Charset.forName("GBK");

    /** The registry layout: # provenance lines, then the header, tab-separated. Rows are invented. */
    private static final String REGISTRY = """
            # 乌鲁木齐 enterprises (sample written for tests)
            # columns as in the registry extracts
            企业名称\t统一社会信用代码\t注册日期\t企业类型\t注册资金\t所在省份\t地区\t经营范围\t注册地址\tsrc_file
            乌鲁木齐云杉信息技术有限公司\t91650105MA77ABCD0W\t2003-05-12\tN/A\t100(万)\t新疆\t乌鲁木齐\t应用软件开发；计算机系统集成；销售：计算机及耗材。\t新疆乌鲁木齐市水磨沟区新民东街100号\t2003_新疆.csv
            北京青禾商贸有限公司\t91110102MA01XY7K34\t2002-08-01\t有限责任公司\t50(万元)\t北京\t西城\t销售日用品、五金交电；信息咨询\t北京市西城区月坛北街3号\t2002_北京.csv
            """;

    private static ImportReport importText(String text, String fileName, Charset charset) throws Exception {
        return IMPORTER.importBytes(text.getBytes(charset), fileName);
    }

    @Test
    void theRegistryLayoutImportsWithRegionSectorAndFoundedYear() throws Exception {
        ImportReport r = importText(REGISTRY, "ent_sample.txt", StandardCharsets.UTF_8);
        assertEquals("tsv", r.format());
        assertEquals(2, r.read());
        assertEquals(2, r.imported());
        assertEquals(0, r.rejected());
        EnterpriseProfile urumqi = r.profiles().get(0);
        assertEquals(Region.of("新疆维吾尔自治区", "乌鲁木齐市", "水磨沟区"), urumqi.region());
        assertEquals("I65", urumqi.industryCode());
        assertEquals(2003, urumqi.foundedYear());
        EnterpriseProfile beijing = r.profiles().get(1);
        assertEquals(Region.of("北京市", "北京市", "西城区"), beijing.region());
        assertEquals(EntityType.ENTERPRISE, beijing.entityType());
        assertEquals("registryType", beijing.inference().entityTypeSource());
    }

    @Test
    void gbkFilesAreDetected() throws Exception {
        ImportReport r = importText(REGISTRY, "ent_sample.tsv", GBK);
        assertEquals("GBK", r.encoding());
        assertEquals("乌鲁木齐云杉信息技术有限公司", r.profiles().get(0).name());
        assertEquals(2, r.profiles().size());
    }

    @Test
    void aFileMixingUtf8AndGbkLinesLosesNothing() throws Exception {
        String[] lines = REGISTRY.split("\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < lines.length; i++) {
            bytes.write((lines[i] + "\n").getBytes(i == lines.length - 1 ? GBK : StandardCharsets.UTF_8));
        }
        ImportReport r = IMPORTER.importBytes(bytes.toByteArray(), "mixed.tsv");
        assertEquals("mixed UTF-8/GBK", r.encoding());
        assertEquals(
                List.of("乌鲁木齐云杉信息技术有限公司", "北京青禾商贸有限公司"),
                r.profiles().stream().map(EnterpriseProfile::name).toList());
        assertTrue(
                r.issues().stream().anyMatch(i -> i.line() == 5 && i.reason().contains("GBK")), r.issues()::toString);
    }

    @Test
    void columnsAreFoundByHeaderInAnyOrderAndLanguage() throws Exception {
        String csv = """
                经营范围,qualifications,Name,region,creditCode,industryCode
                "餐饮服务，外卖配送",国高新;专精特新,青禾餐饮管理有限公司,北京西城,,
                应用软件开发,,"云杉软件有限公司, 北京分公司",海淀,,6513
                """;
        ImportReport r = importText(csv, "list.csv", StandardCharsets.UTF_8);
        assertEquals(2, r.profiles().size(), r.issues()::toString);
        EnterpriseProfile first = r.profiles().get(0);
        assertEquals("青禾餐饮管理有限公司", first.name());
        assertEquals(Region.of("北京市", "北京市", "西城区"), first.region());
        assertEquals(List.of("国家高新技术企业", "专精特新中小企业"), first.qualifications());
        assertEquals("H62", first.industryCode());
        assertEquals("云杉软件有限公司, 北京分公司", r.profiles().get(1).name());
        assertEquals("I6513", r.profiles().get(1).industryCode());
    }

    @Test
    void aRowWithoutANameIsRejectedWithItsLineAndTheOthersGoThrough() throws Exception {
        String tsv = "企业名称\t地区\t经营范围\n青禾软件有限公司\t西城\t软件开发\n\t海淀\t技术开发\n云杉商贸有限公司\t海淀\t销售五金交电\n";
        ImportReport r = importText(tsv, "list.tsv", StandardCharsets.UTF_8);
        assertEquals(3, r.read());
        assertEquals(1, r.rejected());
        assertEquals(2, r.profiles().size());
        ImportReport.RowIssue issue = r.issues().stream()
                .filter(i -> i.kind() == ImportReport.Kind.REJECTED)
                .findFirst()
                .orElseThrow();
        assertEquals(3, issue.line());
        assertTrue(issue.reason().startsWith("name is required"), issue.reason());
    }

    @Test
    void duplicatesBySameCreditCodeOrSameNameAndRegionAreMerged() throws Exception {
        String tsv = """
                企业名称\t统一社会信用代码\t地区\t资质\t从业人数
                青禾软件有限公司\t91110102MA01XY7K34\t西城\t高企\t
                北京青禾软件有限公司\t91110102MA01XY7K34\t西城\t专精特新\t120
                云杉商贸有限公司\t\t海淀\t\t
                云杉商贸有限公司\t\t海淀区\t科技型中小企业\t
                """;
        ImportReport r = importText(tsv, "dups.tsv", StandardCharsets.UTF_8);
        assertEquals(4, r.read());
        assertEquals(4, r.imported());
        assertEquals(2, r.merged());
        assertEquals(2, r.profiles().size());
        EnterpriseProfile qinghe = r.profiles().get(0);
        assertEquals(List.of("国家高新技术企业", "专精特新中小企业"), qinghe.qualifications());
        assertEquals(120, qinghe.employees());
        assertTrue(
                r.issues().stream()
                        .anyMatch(i -> i.kind() == ImportReport.Kind.MERGED
                                && i.line() == 3
                                && i.reason().contains("line 2")),
                r.issues()::toString);
    }

    @Test
    void anEmptyFileAndAHeaderOnlyFileSaySo() throws Exception {
        ImportReport empty = importText("", "empty.csv", StandardCharsets.UTF_8);
        assertEquals(0, empty.profiles().size());
        assertEquals("the file is empty", empty.issues().get(0).reason());
        ImportReport header = importText("企业名称,经营范围\n", "header.csv", StandardCharsets.UTF_8);
        assertEquals(0, header.read());
        assertEquals(
                "the file has a header but no data rows", header.issues().get(0).reason());
    }

    @Test
    void aFileWithoutANameColumnIsReportedNotGuessed() throws Exception {
        ImportReport r = importText("地址,电话\n北京市西城区,010-1234\n", "contacts.csv", StandardCharsets.UTF_8);
        assertEquals(0, r.profiles().size());
        assertEquals(ImportReport.Kind.FILE, r.issues().get(0).kind());
        assertTrue(
                r.issues().get(0).reason().contains("name column"),
                r.issues().get(0).reason());
    }

    @Test
    void controlCharactersAreStrippedAndTheRowMarkedCorrected() throws Exception {
        String tsv = "企业名称\t经营范围\n青禾\u0001软件有限公司\t软件\u0007开发\n";
        ImportReport r = importText(tsv, "ctl.tsv", StandardCharsets.UTF_8);
        assertEquals("青禾软件有限公司", r.profiles().get(0).name());
        assertEquals(1, r.corrected());
        assertTrue(r.issues().get(0).reason().contains("control characters"));
    }

    @Test
    void aMegabyteBusinessScopeIsTruncatedAndTheNextRowStillImports() throws Exception {
        String huge = "应用软件开发；" + "销售电子产品、".repeat(150_000);
        String tsv = "企业名称\t经营范围\n青禾软件有限公司\t" + huge + "\n云杉商贸有限公司\t销售五金交电\n";
        ImportReport r = importText(tsv, "huge.tsv", StandardCharsets.UTF_8);
        assertEquals(2, r.profiles().size());
        assertEquals(
                ProfileNormalizer.MAX_SCOPE_CHARS,
                r.profiles().get(0).businessScope().length());
        assertTrue(
                r.issues().stream().anyMatch(i -> i.line() == 2 && i.reason().contains("truncated")),
                r.issues()::toString);
    }

    @Test
    void jsonLinesUseTheApiFieldNamesAndBadLinesAreReported() throws Exception {
        String jsonl = """
                {"name":"青禾软件有限公司","region":{"province":"北京","city":null,"district":"西城"},"qualifications":["高企"],"businessScope":"应用软件开发","employees":35}
                {"name": broken
                {"creditCode":"91110102MA01XY7K34"}
                {"name":"云杉商贸有限公司","address":"新疆乌鲁木齐市水磨沟区南湖路9号","annualRevenue":"1.2亿元"}
                """;
        ImportReport r = importText(jsonl, "profiles.jsonl", StandardCharsets.UTF_8);
        assertEquals(4, r.read());
        assertEquals(2, r.rejected());
        assertEquals(2, r.profiles().size());
        assertEquals(Region.of("北京市", "北京市", "西城区"), r.profiles().get(0).region());
        assertEquals(35, r.profiles().get(0).employees());
        assertEquals(12_000.0, r.profiles().get(1).annualRevenue());
        assertTrue(
                r.issues().stream().anyMatch(i -> i.line() == 2 && i.reason().startsWith("not valid JSON")),
                r.issues()::toString);
        assertTrue(
                r.issues().stream().anyMatch(i -> i.line() == 3 && i.reason().startsWith("name is required")),
                r.issues()::toString);
    }

    @Test
    void excelSheetsWithATitleRowAboveTheHeaderImport(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("名单.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("企业");
            sheet.createRow(0).createCell(0).setCellValue("2023年西城区重点企业名单");
            XSSFRow header = sheet.createRow(1);
            String[] names = {"序号", "单位名称", "统一社会信用代码", "所在区县", "成立日期", "职工人数", "主营产品"};
            for (int i = 0; i < names.length; i++) header.createCell(i).setCellValue(names[i]);
            XSSFRow row = sheet.createRow(2);
            row.createCell(0).setCellValue(1);
            row.createCell(1).setCellValue("青禾软件有限公司");
            row.createCell(2).setCellValue("91110102MA01XY7K34");
            row.createCell(3).setCellValue("西城区");
            row.createCell(4).setCellValue("2015-06-01");
            row.createCell(5).setCellValue(48);
            row.createCell(6).setCellValue("企业管理软件、数据分析平台");
            XSSFRow blankName = sheet.createRow(3);
            blankName.createCell(0).setCellValue(2);
            blankName.createCell(3).setCellValue("海淀区");
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ImportReport r = IMPORTER.importFile(file);
        assertEquals("xlsx", r.format());
        assertEquals(1, r.profiles().size(), r.issues()::toString);
        EnterpriseProfile p = r.profiles().get(0);
        assertEquals("91110102MA01XY7K34", p.id());
        assertEquals(48, p.employees());
        assertEquals(2015, p.foundedYear());
        assertEquals(Region.of("北京市", "北京市", "西城区"), p.region());
        assertEquals("I65", p.industryCode());
        assertTrue(
                r.issues().stream().anyMatch(i -> i.line() == 4 && i.kind() == ImportReport.Kind.REJECTED),
                r.issues()::toString);
    }

    @Test
    void yesNoQualificationColumnsYearPrefixedHeadersAndSectorNamesAreRead() throws Exception {
        String csv = String.join(
                "\n",
                "序号,企业名称,所属区县,行业类别,主营业务,是否高新技术企业,是否专精特新,从业人数,2026年营收（万元）",
                "1,青禾视觉检测技术有限公司,西城区,软件和信息技术服务业,工业视觉检测设备,是,否,85,6200",
                "2,青禾生物科技有限公司,西城区,医药制造业,体外诊断试剂研发,否,√,40,1800",
                "3,青禾电子有限公司,西城区,,射频芯片设计,否,否,12,300");
        ImportReport r = importText(csv, "名单.csv", StandardCharsets.UTF_8);
        assertEquals(3, r.profiles().size(), r.issues()::toString);
        EnterpriseProfile vision = r.profiles().get(0);
        assertEquals(List.of(Qualifications.HIGH_TECH), vision.qualifications());
        assertEquals("I65", vision.industryCode());
        assertEquals(6200.0, vision.annualRevenue());
        EnterpriseProfile bio = r.profiles().get(1);
        assertEquals(List.of(Qualifications.SRDI_SME), bio.qualifications());
        assertEquals("C27", bio.industryCode());
        assertTrue(r.profiles().get(2).qualifications().isEmpty());
    }

    @Test
    void aBadRowAmongManyNeverStopsTheImport() throws Exception {
        StringBuilder sb = new StringBuilder("企业名称\t地区\t经营范围\n");
        for (int i = 0; i < 600; i++) {
            if (i == 200) sb.append("\t西城\t销售五金交电\n");
            else if (i == 400) sb.append("\u0000\u0001\t???\t\u0002\n");
            else sb.append("青禾").append(i).append("商贸有限公司\t西城\t销售五金交电\n");
        }
        ImportReport r = importText(sb.toString(), "many.tsv", StandardCharsets.UTF_8);
        assertEquals(598, r.profiles().size());
        assertEquals(2, r.rejected());
    }

    @Test
    void theRegistryFileRoundTrips(@TempDir Path dir) throws Exception {
        ImportReport r = importText(REGISTRY, "ent_sample.txt", StandardCharsets.UTF_8);
        Path file = dir.resolve("registry.jsonl");
        RegistryFiles.write(file, r.profiles());
        assertEquals(r.profiles(), RegistryFiles.read(file));
    }

    @Test
    void aQuoteMidFieldIsTextAndDoesNotGlueTheFollowingRows() throws Exception {
        String csv = """
                企业名称,经营范围,所在省份
                北辰显示科技有限公司,生产5"屏显示模组；销售电子元件,北京
                南湖软件有限公司,"软件开发, 信息技术咨询",浙江
                "西岭 ""精密"" 机械有限公司",机械零部件加工,四川
                东岸电子有限公司,销售12"显示器,上海
                """;
        ImportReport r = importText(csv, "quotes.csv", StandardCharsets.UTF_8);
        assertEquals(4, r.profiles().size(), r.issues().toString());
        assertEquals("生产5\"屏显示模组；销售电子元件", r.profiles().get(0).businessScope());
        assertEquals("南湖软件有限公司", r.profiles().get(1).name());
        assertEquals("软件开发, 信息技术咨询", r.profiles().get(1).businessScope());
        assertEquals("西岭 \"精密\" 机械有限公司", r.profiles().get(2).name());
        assertEquals("销售12\"显示器", r.profiles().get(3).businessScope());
    }

    @Test
    void aQuotedFieldMayRunOverLinesButAnUnclosedQuoteDoesNotSwallowTheFile() throws Exception {
        String csv = """
                企业名称,经营范围
                松涛科技有限公司,"软件开发
                信息系统集成"
                "石桥商贸有限公司,日用品销售
                """ + "第%d号贸易有限公司,日用品销售\n".repeat(3).formatted(1, 2, 3);
        ImportReport r = importText(csv, "multiline.csv", StandardCharsets.UTF_8);
        assertEquals("软件开发\n信息系统集成", r.profiles().get(0).businessScope());
        assertTrue(
                r.profiles().stream().anyMatch(p -> p.name().equals("第3号贸易有限公司")),
                r.profiles().toString());
        assertEquals(5, r.profiles().size(), r.profiles().toString());
    }
}
