package io.fundmatch.cli.command;

import io.fundmatch.cli.option.WholeNumber;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import io.fundmatch.towers.TowerModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/fundmatch bench-towers}: measures loading the model and embedding one profile (segmentation,
 * text features, enterprise tower) with the shipped default model or --model DIR, and prints medians.
 */
@Command(
        name = "bench-towers",
        mixinStandardHelpOptions = true,
        description = "benchmark the trained matcher: embedding one profile (median ms)")
public final class BenchTowersCommand implements Callable<Integer> {

    @Option(
            names = "--model",
            paramLabel = "DIR",
            description = "tower model directory (default: the model shipped with fundmatch)")
    Path modelDir;

    @Option(
            names = "--runs",
            paramLabel = "N",
            defaultValue = "2000",
            converter = WholeNumber.Positive.class,
            description = "timed runs after 300 warm-up runs (default ${DEFAULT-VALUE})")
    int runs;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        TowerModel model = modelDir != null ? TowerModel.load(modelDir) : TowerModel.loadDefault();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        List<EnterpriseProfile> profiles = sampleProfiles();
        for (int i = 0; i < 300; i++) model.embedEnterprise(profiles.get(i % profiles.size()));
        double[] ms = new double[runs];
        double sink = 0;
        for (int i = 0; i < runs; i++) {
            EnterpriseProfile p = profiles.get(i % profiles.size());
            long s = System.nanoTime();
            float[] e = model.embedEnterprise(p);
            ms[i] = (System.nanoTime() - s) / 1e6;
            sink += e[0];
        }
        Arrays.sort(ms);
        System.out.printf(
                Locale.ROOT,
                "model %s (%d dims, %d words): load %.0f ms%n",
                model.version(),
                model.dimension(),
                model.manifest().vocabulary(),
                loadMs);
        System.out.printf(
                Locale.ROOT,
                "embed one profile: median %.3f ms, p90 %.3f ms over %d runs (checksum %.3f)%n",
                ms[runs / 2],
                ms[(int) (runs * 0.9)],
                runs,
                sink);
        return 0;
    }

    /** Profiles of typical length: a name and a business scope of 100–300 characters. */
    private static List<EnterpriseProfile> sampleProfiles() {
        String[] scopes = {
            "技术开发、技术咨询、技术服务；软件开发；计算机系统服务；数据处理；基础软件服务；应用软件服务；销售计算机、软件及辅助设备、电子产品、通讯设备。",
            "医疗器械的研发、生产和销售；远程医疗信息系统开发；智慧医院解决方案；医学影像数据分析；健康管理咨询服务；货物进出口、技术进出口。",
            "新能源汽车零部件、动力电池管理系统的研发与制造；储能设备安装；节能技术推广；合同能源管理；工程和技术研究与试验发展。",
            "区块链技术开发；金融信息服务（不含金融业务）；数据库管理；企业管理咨询；经济贸易咨询；会议服务；承办展览展示活动；设计、制作、代理、发布广告。",
            "文化艺术交流活动组织；影视策划；动漫设计；数字内容制作服务；出版物零售；工艺美术品设计；文艺创作；演出经纪。"
        };
        List<EnterpriseProfile> out = new ArrayList<>();
        for (int i = 0; i < scopes.length; i++) {
            out.add(new EnterpriseProfile(
                    "bench-" + i,
                    "样例科技有限公司" + i,
                    null,
                    null,
                    null,
                    EntityType.ENTERPRISE,
                    null,
                    List.of(),
                    null,
                    scopes[i],
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        return out;
    }
}
