/// The schema migrations, in order. (SwiftPM names the embedded `0001_x.sql` `_001_x_sql`.)
/// Each is a SQL file of this folder embedded in the binary;
/// a shipped file is never edited: a change to the schema is a new file appended here.
public enum SchemaMigrations {
    public static let all: [(identifier: String, sql: String)] = [
        ("0001_initial", String(decoding: PackageResources._001_initial_sql, as: UTF8.self)),
        ("0002_attempt_analysis", String(decoding: PackageResources._002_attempt_analysis_sql, as: UTF8.self)),
        ("0003_statistics_indexes", String(decoding: PackageResources._003_statistics_indexes_sql, as: UTF8.self)),
        ("0004_user_problems", String(decoding: PackageResources._004_user_problems_sql, as: UTF8.self)),
        ("0005_notes", String(decoding: PackageResources._005_notes_sql, as: UTF8.self)),
        ("0006_attempt_mode", String(decoding: PackageResources._006_attempt_mode_sql, as: UTF8.self)),
        ("0007_statistics_summaries", String(decoding: PackageResources._007_statistics_summaries_sql, as: UTF8.self)),
    ]
}
