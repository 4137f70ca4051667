package io.fundmatch.train;

import io.fundmatch.catalogue.DocumentType;
import io.fundmatch.catalogue.GuideDocument;
import io.fundmatch.catalogue.QualificationRequirement;
import io.fundmatch.catalogue.SupportArea;
import io.fundmatch.profile.EnterpriseProfile;
import io.fundmatch.reference.EntityType;
import io.fundmatch.reference.Qualifications;
import io.fundmatch.reference.Region;
import io.fundmatch.train.features.Taxonomies;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A small invented catalogue and registry in the shapes the ingester and the importer write. */
final class TinyCorpus {

    static final GuideDocument GUIDE = new GuideDocument(
            "doc-demo", "示范区科技专项申报指南", "demo.txt", Region.NATIONAL, 2024, DocumentType.GUIDE, false, null, null);

    private TinyCorpus() {}

    static SupportArea area(String id, String title, String text, QualificationRequirement... q) {
        return new SupportArea(
                id,
                GUIDE,
                List.of("专项方向", title),
                title,
                text,
                List.of(EntityType.ENTERPRISE),
                List.of(q),
                null,
                null,
                null,
                null,
                List.of(),
                false);
    }

    static List<SupportArea> areas() {
        return List.of(
                area(
                        "a-medical",
                        "智慧医疗",
                        "支持医院与企业合作开展智慧医疗应用。重点支持远程诊疗平台、医学影像智能分析、电子病历数据共享。" + "鼓励医疗器械企业研发智能诊断设备。推动医疗数据安全流通与智慧医院建设。"),
                area("a-chain", "区块链应用", "支持区块链技术在政务服务、供应链金融、数据确权中的应用。鼓励企业建设区块链底层平台。" + "推动区块链与大数据融合创新。支持区块链安全技术研发。"),
                area("a-elderly", "智慧养老", "支持智慧养老服务平台建设。鼓励企业研发养老监护设备与健康监测终端。" + "推动社区养老服务数字化。支持居家养老智能服务。"),
                area("a-energy", "新能源汽车", "支持新能源汽车动力电池、电机电控研发。鼓励充电设施建设与运营。" + "推动动力电池回收利用。支持新能源汽车关键零部件制造。"),
                area("a-culture", "文化创意", "支持文化创意企业开展数字内容制作。鼓励动漫设计、影视制作与文化旅游融合。" + "推动文化创意产品开发。支持演艺与文化传播平台建设。"),
                area(
                        "a-chip",
                        "集成电路设计",
                        "支持集成电路设计企业研发高端芯片。鼓励芯片测试平台建设。" + "推动集成电路设计工具自主研发。支持芯片企业与高校合作。",
                        new QualificationRequirement(
                                Qualifications.HIGH_TECH, QualificationRequirement.Mode.REQUIRED)));
    }

    static EnterpriseProfile profile(String id, String name, String scope) {
        return new EnterpriseProfile(
                id,
                name,
                null,
                Region.NATIONAL,
                null,
                EntityType.ENTERPRISE,
                null,
                List.of(),
                null,
                scope,
                null,
                null,
                null,
                null,
                null);
    }

    static List<EnterpriseProfile> registry() {
        List<EnterpriseProfile> out = new ArrayList<>();
        out.add(profile("r1", "康云医疗科技有限公司", "医疗器械研发；远程诊疗平台开发；医学影像分析软件；医疗数据服务。"));
        out.add(profile("r2", "链信科技有限公司", "区块链技术开发；供应链金融信息服务；数据确权平台；软件开发。"));
        out.add(profile("r3", "颐年养老服务有限公司", "养老服务；健康监测终端销售；社区养老服务；居家养老服务。"));
        out.add(profile("r4", "驰电汽车科技有限公司", "新能源汽车零部件制造；动力电池研发；充电设施运营；电机电控。"));
        out.add(profile("r5", "青橙文化传媒有限公司", "动漫设计；影视制作；数字内容制作；文化旅游策划；演艺经纪。"));
        out.add(profile("r6", "芯源微电子有限公司", "集成电路设计；芯片测试；半导体器件销售；技术开发。"));
        out.add(profile("r7", "智诊医学技术有限公司", "智能诊断设备研发；医学影像设备销售；医院信息化服务。"));
        out.add(profile("r8", "数链网络科技有限公司", "区块链底层平台研发；大数据服务；数据安全技术开发。"));
        return out;
    }

    static Taxonomies taxonomies() {
        return new Taxonomies(
                List.of("软件和信息技术服务业：指对信息传输、信息制作、信息提供和信息接收过程中产生的技术问题提供服务", "卫生：指医院、基层医疗卫生机构提供的医疗服务"),
                List.of("软件和信息技术服务业", "卫生", "数字孪生平台"));
    }

    static TrainingInput input() {
        return new TrainingInput(areas(), registry(), taxonomies(), List.of(), List.of(), Set.of());
    }
}
