package io.fundmatch.service.records;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fundmatch.profile.EnterpriseProfile;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Stored registry files ({@code registry_file}) and the registry ({@code enterprise}, {@code enterprise_edit}). */
@Repository
public class RegistryRecords {

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;

    public RegistryRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One imported registry file; {@code report} is its row report without the profiles. */
    public record RegistryFile(
            long fileId,
            String fileName,
            String sha256,
            ObjectNode report,
            String uploadedBy,
            OffsetDateTime uploadedAt) {}

    /** One registry enterprise as stored, with where it came from. */
    public record StoredEnterprise(
            String id,
            String name,
            String status,
            Long fileId,
            String fileName,
            Integer sourceRow,
            String updatedBy,
            OffsetDateTime updatedAt) {}

    public long fileCount() {
        Long n = jdbc.queryForObject("select count(*) from registry_file", Long.class);
        return n == null ? 0 : n;
    }

    public Optional<RegistryFile> fileWithContent(String sha256) {
        return jdbc
                .query(
                        "select file_id, file_name, content_sha256, report::text, uploaded_by, uploaded_at "
                                + "from registry_file where content_sha256 = ?",
                        (rs, i) -> new RegistryFile(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                (ObjectNode) JsonColumns.tree(rs.getString(4)),
                                rs.getString(5),
                                rs.getObject(6, OffsetDateTime.class)),
                        sha256)
                .stream()
                .findFirst();
    }

    /**
     * Stores a file and upserts its profiles (call inside a transaction). A profile that changes a stored one
     * (or brings a withdrawn one back) keeps the previous one in {@code enterprise_edit}.
     */
    public long insertFile(
            String fileName,
            byte[] content,
            String sha256,
            ObjectNode report,
            String by,
            List<EnterpriseProfile> profiles) {
        Long fileId = jdbc.queryForObject(
                "insert into registry_file (file_name, content, content_sha256, report, uploaded_by) "
                        + "values (?, ?, ?, ?::jsonb, ?) returning file_id",
                Long.class,
                fileName,
                content,
                sha256,
                report.toString(),
                by);
        List<Object[]> edits = new ArrayList<>(BATCH);
        List<Object[]> upserts = new ArrayList<>(BATCH);
        for (int i = 0; i < profiles.size(); i++) {
            EnterpriseProfile p = profiles.get(i);
            String json = JsonColumns.write(p);
            edits.add(new Object[] {by, "import " + fileName, p.id(), json});
            upserts.add(new Object[] {p.id(), json, fileId, i + 1, by});
            if (upserts.size() == BATCH || i == profiles.size() - 1) {
                jdbc.batchUpdate(
                        "insert into enterprise_edit (enterprise_id, previous, previous_status, edited_by, reason) "
                                + "select enterprise_id, profile, status, ?, ? from enterprise where enterprise_id = ? "
                                + "and (profile <> ?::jsonb or status <> 'ACTIVE')",
                        edits);
                jdbc.batchUpdate(
                        "insert into enterprise (enterprise_id, profile, file_id, source_row, updated_by) "
                                + "values (?, ?::jsonb, ?, ?, ?) on conflict (enterprise_id) do update set profile = excluded.profile, "
                                + "file_id = excluded.file_id, source_row = excluded.source_row, status = 'ACTIVE', "
                                + "updated_by = excluded.updated_by, updated_at = now()",
                        upserts);
                edits.clear();
                upserts.clear();
            }
        }
        return fileId;
    }

    /** Withdraws an active enterprise (keeping its profile in the edits); false when there is none. */
    public boolean withdraw(String id, String by) {
        jdbc.update(
                "insert into enterprise_edit (enterprise_id, previous, previous_status, edited_by, reason) "
                        + "select enterprise_id, profile, status, ?, 'withdrawn' from enterprise where enterprise_id = ? "
                        + "and status = 'ACTIVE'",
                by,
                id);
        return jdbc.update(
                        "update enterprise set status = 'WITHDRAWN', updated_by = ?, updated_at = now() "
                                + "where enterprise_id = ? and status = 'ACTIVE'",
                        by,
                        id)
                > 0;
    }

    /** Active enterprises in the order they were first stored. */
    public List<EnterpriseProfile> active() {
        return jdbc.query(
                "select profile::text from enterprise where status = 'ACTIVE' order by seq",
                (rs, i) -> JsonColumns.read(rs.getString(1), EnterpriseProfile.class));
    }

    /** Active enterprises in the order they were first stored, except those the given files brought. */
    public List<EnterpriseProfile> activeExcept(java.util.Collection<Long> fileIds) {
        if (fileIds.isEmpty()) return active();
        String marks = String.join(", ", java.util.Collections.nCopies(fileIds.size(), "?"));
        return jdbc.query(
                "select profile::text from enterprise where status = 'ACTIVE' and (file_id is null or file_id not in ("
                        + marks + ")) order by seq",
                (rs, i) -> JsonColumns.read(rs.getString(1), EnterpriseProfile.class),
                fileIds.toArray());
    }

    /** The profiles a file brought that are still attributed to it. */
    public List<EnterpriseProfile> profilesOf(long fileId) {
        return jdbc.query(
                "select profile::text from enterprise where file_id = ? and status = 'ACTIVE' order by source_row",
                (rs, i) -> JsonColumns.read(rs.getString(1), EnterpriseProfile.class),
                fileId);
    }

    /** Enterprises (active and withdrawn) by id, name or credit code, at most {@code limit}. */
    public List<StoredEnterprise> list(String q, String status, int limit) {
        String like = q == null || q.isBlank()
                ? "%"
                : "%" + q.strip().replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.query(
                "select e.enterprise_id, e.profile->>'name', e.status, e.file_id, f.file_name, e.source_row, "
                        + "e.updated_by, e.updated_at from enterprise e left join registry_file f on f.file_id = e.file_id "
                        + "where (e.enterprise_id like ? or e.profile->>'name' like ? or coalesce(e.profile->>'creditCode', '') like ?) "
                        + "and (cast(? as text) is null or e.status = ?) order by e.seq limit ?",
                (rs, i) -> new StoredEnterprise(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        (Long) rs.getObject(4),
                        rs.getString(5),
                        (Integer) rs.getObject(6),
                        rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class)),
                like,
                like,
                like,
                status,
                status,
                limit);
    }
}
