package io.fundmatch.service.api;

import io.fundmatch.profile.ProfileInput;

/** Checks on request values shared by the controllers; each failure is one clear 4xx line. */
final class Requests {

    private Requests() {}

    static int top(Integer given, int fallback, int max) {
        if (given == null) return fallback;
        if (given < 1 || given > max) {
            throw ApiException.badRequest(
                    "top 须在 1 到 " + max + " 之间 (top must be between 1 and " + max + ", got " + given + ")");
        }
        return given;
    }

    /** A profile must be named and written in Chinese: the catalogue and the model are Chinese. */
    static ProfileInput chineseProfile(ProfileInput p) {
        if (p == null) throw ApiException.badRequest("缺少 profile (field 'profile' is required)");
        if (p.name() == null || p.name().isBlank()) {
            throw ApiException.badRequest("缺少企业名称 (field 'profile.name' is required)");
        }
        if (p.name().length() > 200) throw ApiException.badRequest("企业名称过长 (profile.name longer than 200 characters)");
        String text = String.join(" ", nz(p.name()), nz(p.specialization()), nz(p.businessScope()), nz(p.address()));
        if (!hasChinese(text)) {
            throw new ApiException(
                    org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY,
                    "请用中文填写企业名称和经营范围 (the profile must be written in Chinese: name, specialization "
                            + "and business scope are matched against Chinese funding guides)");
        }
        return p;
    }

    static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
