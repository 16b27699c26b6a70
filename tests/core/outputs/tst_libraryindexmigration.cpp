// The index migration to media kinds on a library made by the schema Easel shipped before it
// (version 2, written here statement for statement as the shipped code wrote it): every row,
// id, tag and favourite survives; each old row gets its kind from its file name; the new
// columns hold what the store writes.
#include "libraryindex.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlError>
#include <QTemporaryDir>
#include <QMutex>
#include <QThread>
#include <QSemaphore>
#include <atomic>
#include <memory>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

// Schema version 2 exactly as shipped (libraryindex.cpp before media kinds).
const QStringList shippedVersion2 = {
    u"CREATE TABLE jobs ("
    "prompt_id TEXT PRIMARY KEY, server TEXT NOT NULL, api_json BLOB, workflow_json BLOB,"
    "changed_inputs BLOB, workflow_name TEXT, submitted_at INTEGER, fetched INTEGER NOT NULL DEFAULT 0)"_s,
    u"CREATE INDEX jobs_unfetched ON jobs(server, fetched)"_s,
    u"CREATE TABLE outputs ("
    "id INTEGER PRIMARY KEY, state INTEGER NOT NULL, server TEXT NOT NULL,"
    "prompt_id TEXT NOT NULL, node_id TEXT NOT NULL, server_filename TEXT NOT NULL,"
    "subfolder TEXT NOT NULL, type TEXT NOT NULL, path TEXT NOT NULL UNIQUE,"
    "size INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, stored_at INTEGER,"
    "favourite INTEGER NOT NULL DEFAULT 0, seed TEXT, prompt_text TEXT, workflow_name TEXT,"
    "attempts INTEGER NOT NULL DEFAULT 0)"_s,
    u"CREATE UNIQUE INDEX outputs_identity ON outputs"
    "(server, prompt_id, node_id, type, subfolder, server_filename)"_s,
    u"CREATE INDEX outputs_by_time ON outputs(state, created_at, id)"_s,
    u"CREATE INDEX outputs_favourites ON outputs(state, favourite, created_at, id)"_s,
    u"CREATE INDEX outputs_by_workflow ON outputs(state, workflow_name, created_at, id)"_s,
    u"CREATE INDEX outputs_by_size ON outputs(state, size, id)"_s,
    u"CREATE INDEX outputs_by_prompt ON outputs(prompt_id)"_s,
    u"CREATE TABLE tags_v2 (output_id INTEGER NOT NULL REFERENCES outputs(id) ON DELETE CASCADE,"
    "tag TEXT NOT NULL COLLATE NOCASE, PRIMARY KEY(output_id, tag)) WITHOUT ROWID"_s,
    u"ALTER TABLE tags_v2 RENAME TO tags"_s,
    u"CREATE INDEX tags_by_tag ON tags(tag, output_id)"_s,
    u"PRAGMA user_version=2"_s,
};

struct OldRow
{
    qint64 id;
    QString serverFileName;
    int state;
    bool favourite;
    MediaKind expectedKind;
};

const QList<OldRow> oldRows = {
    {3, u"ComfyUI_00001_.png"_s, 1, true, MediaKind::Still},
    {4, u"capture_media_webp_00001_.webp"_s, 1, false, MediaKind::Still}, // told apart when read
    {7, u"capture_media_mp4_00001_.mp4"_s, 1, false, MediaKind::Video},
    {8, u"capture_media_webm_00001_.WEBM"_s, 0, false, MediaKind::Video},
    {9, u"capture_media_flac_00001_.flac"_s, 1, true, MediaKind::Audio},
    {12, u"anim.gif"_s, 1, false, MediaKind::Animation},
    {13, u"mesh_00001_.glb"_s, 1, false, MediaKind::Model3D},
    {20, u"weights.safetensors"_s, 1, false, MediaKind::Other},
};

} // namespace

class tst_LibraryIndexMigration : public QObject
{
    Q_OBJECT
private slots:
    void migratesVersion2WithoutLosingARow();
    void newRowsCarryKindAndText();
    void manyOpenOneNewLibraryAtOnce();
    void relativePathAsQDirHasIt();
};

void tst_LibraryIndexMigration::migratesVersion2WithoutLosingARow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbPath = LibraryIndex::defaultDatabasePath(dir.path());
    QVERIFY(QDir().mkpath(QFileInfo(dbPath).absolutePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(dbPath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : shippedVersion2)
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"INSERT INTO jobs (prompt_id, server, api_json, fetched) VALUES"
                           " ('p1', 'http://s', '{}', 1)"_s));
        for (const OldRow &row : oldRows) {
            query.prepare(u"INSERT INTO outputs (id, state, server, prompt_id, node_id, server_filename,"
                          " subfolder, type, path, size, created_at, favourite, seed) VALUES"
                          " (?, ?, 'http://s', 'p1', '9', ?, '', 'output', ?, 1234, 1000, ?, '42')"_s);
            query.addBindValue(row.id);
            query.addBindValue(row.state);
            query.addBindValue(row.serverFileName);
            query.addBindValue(row.serverFileName);
            query.addBindValue(row.favourite ? 1 : 0);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QVERIFY(query.exec(u"INSERT INTO tags (output_id, tag) VALUES (7, 'loop'), (3, 'Portrait')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);

    LibraryIndex index(dir.path());
    QVERIFY2(index.open(), qPrintable(index.errorString()));
    QCOMPARE(index.version(), LibraryIndex::schemaVersion);
    QCOMPARE(index.outputsOfJob(u"p1"_s).size(), oldRows.size());
    for (const OldRow &row : oldRows) {
        const std::optional<OutputRecord> record = index.output(row.id);
        QVERIFY2(record.has_value(), qPrintable(row.serverFileName));
        QCOMPARE(record->serverFileName, row.serverFileName);
        QCOMPARE(int(record->state), row.state);
        QCOMPARE(record->favourite, row.favourite);
        QCOMPARE(record->size, 1234);
        QCOMPARE(record->seed, u"42"_s);
        QCOMPARE(record->kind, row.expectedKind);
        QCOMPARE(record->mediaState, OutputRecord::MediaState::Unread);
        QCOMPARE(record->frameCount, 0);
        QVERIFY(record->text.isNull() || record->text.isEmpty());
    }
    QCOMPARE(index.tags(7), QStringList{u"loop"_s});
    QCOMPARE(index.tags(3), QStringList{u"Portrait"_s});
    QVERIFY(index.job(u"p1"_s).has_value());
    // Stored rows not read yet: the reader catches up with them, oldest first.
    const QList<OutputRecord> unread = index.unreadMedia();
    QCOMPARE(unread.size(), 7);
    QCOMPARE(unread.constFirst().id, 3);

    // Reopening does not migrate again.
    LibraryIndex again(dir.path());
    QVERIFY(again.open());
    QCOMPARE(again.version(), LibraryIndex::schemaVersion);
    QCOMPARE(again.output(7)->kind, MediaKind::Video);
    QCOMPARE(again.output(3)->favourite, true);

    // Version 4 rebuilt the outputs table (the path is no longer unique): the tags of each
    // id survived it, and foreign keys are on again, so removing an output removes its tags.
    QCOMPARE(again.tags(7), QStringList{u"loop"_s});
    QSqlQuery check(again.database());
    QVERIFY(check.exec(u"PRAGMA foreign_keys"_s) && check.next());
    QCOMPARE(check.value(0).toInt(), 1);
    QVERIFY(check.exec(u"SELECT COUNT(*) FROM outputs WHERE sha256 IS NOT NULL"_s) && check.next());
    QCOMPARE(check.value(0).toInt(), 0); // old rows have no hash: never shared
    QVERIFY(again.markStoredAs(4, 1234, QByteArray(32, 'h'), again.output(3)->path));
    QCOMPARE(again.references(again.output(3)->path), 2);
    QVERIFY(again.removeOutput(7));
    QVERIFY(check.exec(u"SELECT COUNT(*) FROM tags WHERE output_id = 7"_s) && check.next());
    QCOMPARE(check.value(0).toInt(), 0);

    // Version 5: the session's outputs by the time they were stored, an index of its own.
    QVERIFY(check.exec(u"SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'outputs_by_stored'"_s));
    QVERIFY(check.next());
    QVERIFY2(check.value(0).toString().contains(u"(state, stored_at, id)"_s), qPrintable(check.value(0).toString()));
}

void tst_LibraryIndexMigration::newRowsCarryKindAndText()
{
    QTemporaryDir dir;
    LibraryIndex index(dir.path());
    QVERIFY(index.open());
    OutputRecord text;
    text.server = u"http://s"_s;
    text.promptId = u"p2"_s;
    text.nodeId = u"2"_s;
    text.serverFileName = u"text_2_1.txt"_s;
    text.type = u"text"_s;
    text.path = dir.filePath(u"p2_text_2_1.txt"_s);
    text.kind = MediaKind::Text;
    text.text = QString::fromUtf8("caf\u00e9 \u2713\nsecond line");
    const qint64 textId = index.addPendingOutput(text);
    QVERIFY(textId > 0);
    QCOMPARE(index.output(textId)->kind, MediaKind::Text);
    QCOMPARE(index.output(textId)->text, text.text);

    OutputRecord video = text;
    video.serverFileName = u"v_00001_.mp4"_s;
    video.type = u"output"_s;
    video.path = dir.filePath(u"v_00001_.mp4"_s);
    video.kind = MediaKind::Video;
    video.text = u"ignored"_s;
    const qint64 videoId = index.addPendingOutput(video);
    QVERIFY(index.markStored(videoId, 4290));
    QVERIFY(index.output(videoId)->text.isEmpty());

    OutputRecord media;
    media.kind = MediaKind::Video;
    media.mediaState = OutputRecord::MediaState::Read;
    media.width = 64;
    media.height = 64;
    media.frameCount = 8;
    media.durationMs = 1000;
    media.codec = u"h264"_s;
    QVERIFY(index.setMediaInfo(videoId, media));
    const OutputRecord read = *index.output(videoId);
    QCOMPARE(read.mediaState, OutputRecord::MediaState::Read);
    QCOMPARE(read.width, 64);
    QCOMPARE(read.height, 64);
    QCOMPARE(read.frameCount, 8);
    QCOMPARE(read.durationMs, 1000);
    QCOMPARE(read.codec, u"h264"_s);
    QCOMPARE(read.size, 4290);
    QVERIFY(index.unreadMedia().isEmpty()); // the text row is still Pending
}

// The index keeps paths relative to the library as QDir::relativeFilePath makes them,
// whether a path is a file straight inside the library (answered without QDir) or not.
void tst_LibraryIndexMigration::relativePathAsQDirHasIt()
{
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    const QString root = QDir(parent.path()).absolutePath();
    for (const QString &given : QStringList{root + QStringLiteral("/lib"), root + QStringLiteral("/lib/"),
                                             root + QStringLiteral("/x/../lib"), QStringLiteral("/")}) {
        LibraryIndex index(given, root + QStringLiteral("/index.sqlite"));
        const QString dir = index.libraryDirectory();
        const QStringList paths = {
            dir + QStringLiteral("/a.png"), dir + QStringLiteral("/a b (1a2b3c4d).png"),
            dir + QStringLiteral("/sub/a.png"), dir + QStringLiteral("/."), dir + QStringLiteral("/.."),
            dir + QStringLiteral("/../a.png"), dir + QStringLiteral("//a.png"), dir + QStringLiteral("/"), dir,
            dir + QStringLiteral("2/a.png"), dir + QStringLiteral("/.hidden.png.part"),
            dir + QStringLiteral("/caf\u00e9 \u65e5.png"), root + QStringLiteral("/other/a.png"),
            QStringLiteral("relative.png"),
        };
        for (const QString &path : paths)
            QCOMPARE(index.relativePath(path), QDir(dir).relativeFilePath(path));
    }
}

QTEST_GUILESS_MAIN(tst_LibraryIndexMigration)
// Several connections (as two Easel processes would, each on its own) open one new library
// at the same moment: each step is made once, under the write lock with the version read
// again; none fails with "table already exists" and every one ends at the current schema.
void tst_LibraryIndexMigration::manyOpenOneNewLibraryAtOnce()
{
    constexpr int connections = 6;
    for (int round = 0; round < 4; ++round) {
        QTemporaryDir library;
        QSemaphore ready;
        QSemaphore go;
        std::atomic<int> opened{0};
        std::atomic<int> current{0};
        QStringList errors;
        QMutex errorsMutex;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < connections; ++i) {
            threads.emplace_back(QThread::create([&] {
                Easel::LibraryIndex index(library.path());
                ready.release();
                go.acquire(); // all at once
                if (index.open()) {
                    ++opened;
                    if (index.version() == Easel::LibraryIndex::schemaVersion)
                        ++current;
                } else {
                    const QMutexLocker lock(&errorsMutex);
                    errors.append(index.errorString());
                }
            }));
            threads.back()->start();
        }
        ready.acquire(connections);
        go.release(connections);
        for (const auto &thread : threads)
            QVERIFY(thread->wait(30000));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"; "_s)));
        QCOMPARE(opened.load(), connections);
        QCOMPARE(current.load(), connections);
    }
}

#include "tst_libraryindexmigration.moc"
