package io.fundmatch.service.api;

import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;

/** What uploads may be: a named, non-empty file of a supported type. */
final class Uploads {

    static final Set<String> GUIDE_TYPES = Set.of("txt", "text", "pdf", "docx", "doc", "html", "htm");
    static final Set<String> REGISTRY_TYPES = Set.of("tsv", "txt", "csv", "xlsx", "xls", "json", "jsonl", "ndjson");

    private Uploads() {}

    static void require(MultipartFile file, Set<String> types, String what) {
        if (file == null || file.isEmpty()) throw ApiException.badRequest("上传文件为空 (the uploaded file is empty)");
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) throw ApiException.badRequest("上传文件缺少文件名 (the upload has no file name)");
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!types.contains(ext)) {
            throw new ApiException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "不支持的文件类型 ." + ext + " (unsupported "
                            + what + " file type '." + ext + "'; supported: "
                            + String.join(", ", types.stream().sorted().toList())
                            + ")");
        }
    }
}
