package io.fundmatch.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.cli.FundmatchCli;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.profile.RegistryFiles;
import io.fundmatch.reference.Region;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {

    @Test
    void importsSeveralFilesIntoOneRegistryWithReportAndOverview(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("ent_sample.txt");
        Files.writeString(tsv, """
                # invented rows in the registry layout
                企业名称\t统一社会信用代码\t注册日期\t企业类型\t注册资金\t所在省份\t地区\t经营范围\t注册地址\tsrc_file
                北京青禾软件有限公司\t91110102MA01XY7K34\t2002-08-01\tN/A\t50(万元)\t北京\t西城\t应用软件开发；计算机系统集成\t北京市西城区月坛北街3号\tx
                \t\t2002-08-01\tN/A\t\t北京\t西城\t销售五金交电\t\tx
                """, StandardCharsets.UTF_8);
        Path csv = dir.resolve("名单.csv");
        Files.writeString(
                csv, "单位名称,统一社会信用代码,资质\n北京青禾软件有限公司,91110102MA01XY7K34,高企\n云杉商贸有限公司,,\n", Charset.forName("GBK"));
        Path out = dir.resolve("out");
        int code = FundmatchCli.run("import", tsv.toString(), csv.toString(), "--out", out.toString(), "--no-parquet");
        assertEquals(0, code);
        List<EnterpriseProfile> registry = RegistryFiles.read(out.resolve("registry.jsonl"));
        assertEquals(2, registry.size());
        EnterpriseProfile qinghe = registry.get(0);
        assertEquals(Region.of("北京市", "北京市", "西城区"), qinghe.region());
        assertEquals(List.of("国家高新技术企业"), qinghe.qualifications(), "merged across files");
        String report = Files.readString(out.resolve("import-report.tsv"));
        assertTrue(report.contains("ent_sample.txt\t4\tREJECTED\tname is required"), report);
        String overview = Files.readString(out.resolve("registry.csv"));
        assertTrue(overview.contains("北京青禾软件有限公司,北京市,北京市,西城区,given,企业"), overview);
        assertTrue(overview.contains(",I65,软件和信息技术服务业,"), overview);
    }

    @Test
    void aMissingFileOrOutFolderIsAOneLineError(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cli = FundmatchCli.commandLine().setErr(new PrintWriter(err, true));
        assertEquals(
                FundmatchCli.USAGE_ERROR,
                cli.execute("import", dir.resolve("nope.csv").toString(), "--out", dir.toString()));
        assertTrue(err.toString().startsWith("fundmatch import: no such file"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(
                FundmatchCli.USAGE_ERROR,
                FundmatchCli.commandLine().setErr(new PrintWriter(err2, true)).execute("import", "x.csv"));
        assertTrue(err2.toString().contains("--out"), err2.toString());
    }
}
