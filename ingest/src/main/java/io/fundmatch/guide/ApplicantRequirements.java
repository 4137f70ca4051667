package io.fundmatch.guide;

import io.fundmatch.catalogue.ApplicantRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conditions on the applicant itself a call states: 具有独立法人资格 (独立法人, 法人资格, 独立承担民事责任) and
 * registration in the issuing region (在本区注册, 在莞注册、纳税, 已在东莞市办理工商、税务登记, 注册地在…, 辖区内注册).
 * Registration "在中国境内" is not local, and registering an account on an application system is not registration.
 */
final class ApplicantRequirements {

    private static final Pattern LEGAL_PERSON = Pattern.compile("独立法人|法人资格|独立的法人|独立承担民事责任");
    private static final Pattern REGISTERED_IN =
            Pattern.compile("(?:在|于)([^，。；,;：:\\n]{1,16}?)(?:注册|登记|设立)(?!账号|账户|用户|帐号|帐户|资本|资金)");
    private static final Pattern REGISTERED_AT = Pattern.compile(
            "注册地(?:址)?(?:须|应|必须)?(?:在|为|位于|属于|属)|(?:本区|本市|本县|本省|辖区|区内|市内|县内|省内)[^，。；,;\\n]{0,6}(?:注册|登记)(?!账号|账户|用户|帐号|帐户|资本|资金)");
    private static final Pattern NOT_A_PLACE = Pattern.compile("中国|中华人民共和国|境内|系统|平台|网站|网上|线上|账号");

    private ApplicantRequirements() {}

    static List<ApplicantRequirement> named(String text) {
        if (text == null || text.isBlank()) return List.of();
        List<ApplicantRequirement> out = new ArrayList<>(2);
        if (LEGAL_PERSON.matcher(text).find()) out.add(ApplicantRequirement.LEGAL_PERSON);
        if (registeredLocally(text)) out.add(ApplicantRequirement.LOCAL_REGISTRATION);
        return out;
    }

    private static boolean registeredLocally(String text) {
        Matcher at = REGISTERED_AT.matcher(text);
        while (at.find()) {
            if (!NOT_A_PLACE.matcher(at.group()).find()) return true;
        }
        Matcher in = REGISTERED_IN.matcher(text);
        while (in.find()) {
            if (!NOT_A_PLACE.matcher(in.group(1)).find()) return true;
        }
        return false;
    }

    /** Both lists' requirements, each once, in enum order. */
    static List<ApplicantRequirement> union(List<ApplicantRequirement> a, List<ApplicantRequirement> b) {
        List<ApplicantRequirement> out = new ArrayList<>();
        for (ApplicantRequirement r : ApplicantRequirement.values()) if (a.contains(r) || b.contains(r)) out.add(r);
        return out;
    }
}
