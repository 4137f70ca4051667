package io.fundmatch.service.records;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fundmatch.catalogue.SupportArea;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The stored document versions ({@code guide_version}) and the support areas each was read into. */
@Repository
public class GuideRecords {

    private static final String COLUMNS =
            "v.version_id, v.document_id, v.title, v.file_name, v.content_sha256, v.status, "
                    + "v.replaces, v.report::text as report, v.uploaded_by, v.uploaded_at, v.changed_by, v.changed_at, "
                    + "(select count(*) from support_area a where a.version_id = v.version_id) as area_count";

    private final JdbcTemplate jdbc;

    public GuideRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One stored version of a document.
     *
     * @param report the ingestion report as stored: structure, titleFound, warnings
     */
    public record GuideVersion(
            long versionId,
            String documentId,
            String title,
            String fileName,
            String sha256,
            String status,
            Long replaces,
            ObjectNode report,
            String uploadedBy,
            OffsetDateTime uploadedAt,
            String changedBy,
            OffsetDateTime changedAt,
            int areaCount) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    private static final RowMapper<GuideVersion> ROW = (rs, i) -> new GuideVersion(
            rs.getLong("version_id"),
            rs.getString("document_id"),
            rs.getString("title"),
            rs.getString("file_name"),
            rs.getString("content_sha256"),
            rs.getString("status"),
            (Long) rs.getObject("replaces"),
            (ObjectNode) JsonColumns.tree(rs.getString("report")),
            rs.getString("uploaded_by"),
            rs.getObject("uploaded_at", OffsetDateTime.class),
            rs.getString("changed_by"),
            rs.getObject("changed_at", OffsetDateTime.class),
            rs.getInt("area_count"));

    /** Every version, newest first. */
    public List<GuideVersion> all() {
        return jdbc.query("select " + COLUMNS + " from guide_version v order by v.version_id desc", ROW);
    }

    public long count() {
        Long n = jdbc.queryForObject("select count(*) from guide_version", Long.class);
        return n == null ? 0 : n;
    }

    /** The active version with these bytes, if any. */
    public Optional<GuideVersion> activeWithContent(String sha256) {
        return jdbc
                .query(
                        "select " + COLUMNS
                                + " from guide_version v where v.content_sha256 = ? and v.status = 'ACTIVE'",
                        ROW,
                        sha256)
                .stream()
                .findFirst();
    }

    /** Whether any version (active or not) had these bytes. */
    public boolean knownContent(String sha256) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from guide_version where content_sha256 = ?)", Boolean.class, sha256));
    }

    public Optional<GuideVersion> active(String documentId) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from guide_version v where v.document_id = ? and v.status = 'ACTIVE'",
                        ROW,
                        documentId)
                .stream()
                .findFirst();
    }

    /** Stores a version and its areas (call inside a transaction). */
    public long insert(
            String documentId,
            String title,
            String fileName,
            byte[] content,
            String sha256,
            Long replaces,
            ObjectNode report,
            String uploadedBy,
            List<SupportArea> areas) {
        Long id = jdbc.queryForObject(
                "insert into guide_version (document_id, title, file_name, content, content_sha256, "
                        + "replaces, report, uploaded_by) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?) returning version_id",
                Long.class,
                documentId,
                title,
                fileName,
                content,
                sha256,
                replaces,
                report.toString(),
                uploadedBy);
        List<Object[]> rows = new ArrayList<>(areas.size());
        for (int i = 0; i < areas.size(); i++) {
            rows.add(new Object[] {id, areas.get(i).id(), i, JsonColumns.write(areas.get(i))});
        }
        jdbc.batchUpdate(
                "insert into support_area (version_id, area_id, position, area) values (?, ?, ?, ?::jsonb)", rows);
        return id;
    }

    /** Marks the active version of a document REPLACED or WITHDRAWN; false when it had none. */
    public boolean retire(String documentId, String status, String by) {
        return jdbc.update(
                        "update guide_version set status = ?, changed_by = ?, changed_at = now() "
                                + "where document_id = ? and status = 'ACTIVE'",
                        status,
                        by,
                        documentId)
                > 0;
    }

    /** The areas of every active version, in upload order then document order. */
    public List<SupportArea> activeAreas() {
        return jdbc.query(
                "select a.area::text from support_area a join guide_version v on v.version_id = a.version_id "
                        + "where v.status = 'ACTIVE' order by v.version_id, a.position",
                (rs, i) -> JsonColumns.read(rs.getString(1), SupportArea.class));
    }

    public List<SupportArea> areasOf(long versionId) {
        return jdbc.query(
                "select area::text from support_area where version_id = ? order by position",
                (rs, i) -> JsonColumns.read(rs.getString(1), SupportArea.class),
                versionId);
    }
}
